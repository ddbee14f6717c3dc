// `npm run docs:screenshots`: views of every top location, the quay and the breeding grounds at z14 and of
// every tour step, on the offline basemap, into docs/screenshots/ with an index page (docs/SCREENSHOTS.md).
// Needs a build with the basemap and the test hooks (`npm run basemap -- --auto && npm run build:e2e`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { findChromium } from './find-chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs', 'screenshots');
const SHOWN_KINDS = new Set(['top-location', 'quay', 'creative-breeding-ground']);

interface SiteFeature {
  properties: { id: string; kind: string; name: { en: string } };
  geometry: { coordinates: [number, number] };
}
const sites = (JSON.parse(readFileSync(join(ROOT, 'data/sites.geojson'), 'utf8')).features as SiteFeature[]).filter((f) => SHOWN_KINDS.has(f.properties.kind));
const { tours } = JSON.parse(readFileSync(join(ROOT, 'data/tours.json'), 'utf8')) as { tours: Array<{ id: string; steps: Array<{ id: string; title?: { en?: string } }> }> };

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const hook = window.__atlas;
      return !!hook?.ready && hook.store.getState().activeBasemap === 'offline' && hook.map.loaded() && !hook.map.isMoving();
    },
    undefined,
    { timeout: 60_000 },
  );
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await preview({ preview: { port: 4181, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
  const shots: Array<{ group: string; caption: string; file: string }> = [];
  const shoot = async (group: string, caption: string, file: string, hash: string, centre?: [number, number]) => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
    await page.goto(`http://127.0.0.1:4181/?lang=en#${hash}`);
    await settle(page).catch(async (error: Error) => {
      const state = await page.evaluate(() => ({ ready: window.__atlas?.ready, basemap: window.__atlas?.store.getState().activeBasemap, loaded: window.__atlas?.map.loaded() }));
      throw new Error(`${file}: the map did not settle (${JSON.stringify(state)}): ${error.message}`);
    });
    if (centre) {
      // Centre the site in the part of the map the open panel leaves visible, as a reader would pan it.
      await page.evaluate(([lon, lat]) => {
        const panel = document.querySelector<HTMLElement>('.side-panel');
        window.__atlas!.map.jumpTo({ center: [lon!, lat!], zoom: 14, padding: { top: 0, bottom: 0, left: 0, right: panel?.offsetWidth ?? 0 } });
      }, centre);
      await settle(page);
    }
    await page.screenshot({ path: join(OUT, file), type: 'jpeg', quality: 72 });
    await page.close();
    shots.push({ group, caption, file });
    console.log(`docs:screenshots: ${file}`);
  };
  try {
    for (const site of sites) {
      const [lon, lat] = site.geometry.coordinates;
      await shoot('Sites at zoom 14', site.properties.name.en, `site-${site.properties.id}.jpg`, `map=14/${lat.toFixed(5)}/${lon.toFixed(5)}&site=${site.properties.id}&bm=offline`, [lon, lat]);
    }
    for (const tour of tours) {
      for (const [index, step] of tour.steps.entries()) {
        await shoot(`Tour "${tour.id}"`, `Step ${index + 1}: ${step.title?.en ?? step.id}`, `tour-${tour.id}-${index + 1}.jpg`, `tour=${tour.id}&step=${index + 1}&bm=offline`);
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
  const groups = [...new Set(shots.map((s) => s.group))];
  const index = [
    '# Screenshots',
    '',
    'Made by `npm run docs:screenshots` on the offline basemap (1100 × 700, English). Map data: Bron: CBS, Kadaster/PDOK; © OpenStreetMap contributors; NDOV Loket / OVapi; Rijden de Treinen; GeoNames.',
    '',
    ...groups.flatMap((group) => [`## ${group}`, '', ...shots.filter((s) => s.group === group).flatMap((s) => [`**${s.caption}**`, '', `![${s.caption}](screenshots/${s.file})`, '']), '']),
  ].join('\n');
  writeFileSync(join(ROOT, 'docs', 'SCREENSHOTS.md'), index);
}

await main();
