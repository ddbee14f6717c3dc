// `npm run bench` (`-- --quick` for a trial run): what users feel, against the budgets in docs/BENCH.md.
// Builds the app, a bare MapLibre page with the same layers, and the app over 100,000 synthetic sites and
// 10,000 links; serves them; measures in Chromium; prints a table and writes bench/results.json. Not part of
// `npm test`: it takes minutes, and its figures depend on the machine.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { findChromium } from '../find-chromium.mjs';
import { clickToPanel, firstIdle, median, openPage, percentile, resetTo, scriptWeight, toggleToIdle } from './measure.mjs';
import { serveStatic } from './server.mjs';
import { writeStressData } from './stressData.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'bench');
const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 2 : 15;
const CLICKS = quick ? 4 : 20;
const TOGGLES = quick ? 2 : 10;
const STRESS = { sites: 100_000, links: 10_000 };
/** Stress clicks where the sites are drawn one by one (above the clustering zoom). */
const STRESS_CLICK_ZOOM = 14;
const GOALS = { clickP95: 100, stressToggleP95: 300, idleRatio: 1.25 };
const BROWSER_ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'];

function buildApp(outDir, env = {}) {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, VITE_TEST_HOOKS: '1', ...env },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`app build into ${outDir} failed`);
}

async function buildBare(outDir) {
  await build({ configFile: false, root: join(ROOT, 'scripts/bench/bare'), base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 } });
  mkdirSync(join(outDir, 'data'), { recursive: true });
  for (const file of ['sites.geojson', 'links.geojson', 'site-outlines.geojson']) cpSync(join(ROOT, 'data', file), join(outDir, 'data', file));
}

/** The sites a click can reach at the opening view: on screen and not under a site that wins the click. */
const reachableSites = (page, sites) =>
  page.evaluate((list) => {
    const map = window.__atlas.map;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    const placed = list.map((s) => ({ ...s, p: map.project(s.coordinates) }));
    return placed
      .filter(({ p }) => p.x > 40 && p.y > 40 && p.x < width - 440 && p.y < height - 40)
      .filter((s) => !placed.some((o) => o.id !== s.id && o.rank <= s.rank && Math.hypot(o.p.x - s.p.x, o.p.y - s.p.y) < 24))
      .map(({ p: _p, ...s }) => s);
  }, sites);

const summary = (times) => ({ p50: median(times), p95: percentile(times, 95), times });

/** Clicks and legend toggles on one build; the view to click from is the page's opening view, or `clickView`. */
async function clicksAndToggles(browser, url, sites, { clickView, timeoutMs }) {
  const opened = await openPage(browser, url, { readyFlag: '__atlas', timeoutMs });
  const { page } = opened;
  const opening = await page.evaluate(() => ({ center: window.__atlas.map.getCenter().toArray(), zoom: window.__atlas.map.getZoom() }));
  const targets = clickView ? sites : await reachableSites(page, sites);
  console.log(`  ${targets.length} sites to click; first idle ${ms(opened.readyAt)}`);
  const clicks = await clickToPanel(page, { sites: targets, viewFor: (site) => (clickView ? clickView(site) : opening), clicks: CLICKS, timeoutMs });
  await resetTo(page, opening);
  console.log(`  clicks: ${clicks.times.map(Math.round).join(', ')}${clicks.misses.length ? `; missed ${JSON.stringify(clicks.misses)}` : ''}`);
  const toggles = await toggleToIdle(page, { kind: 'facility', toggles: TOGGLES, timeoutMs });
  await opened.context.close();
  return { firstIdleMs: opened.readyAt, opening, click: { ...summary(clicks.times), misses: clicks.misses }, toggle: summary(toggles), pageErrors: opened.errors };
}

async function main() {
  const dirs = { app: join(OUT, 'app-dist'), bare: join(OUT, 'bare-dist'), stressData: join(OUT, 'stress', 'data'), stress: join(OUT, 'stress', 'dist') };
  console.log('▸ building the app, the bare MapLibre page and the stress build');
  buildApp(dirs.app);
  await buildBare(dirs.bare);
  writeStressData({ from: join(ROOT, 'data'), to: dirs.stressData, ...STRESS });
  buildApp(dirs.stress, { ATLAS_DATA_DIR: dirs.stressData });

  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: BROWSER_ARGS });
  const servers = { app: await serveStatic(dirs.app), bare: await serveStatic(dirs.bare), stress: await serveStatic(dirs.stress) };
  const RANK = { 'top-location': 0, quay: 1, 'creative-breeding-ground': 2, facility: 3 };
  const sites = JSON.parse(readFileSync(join(ROOT, 'data/sites.geojson'), 'utf8')).features.map((f) => ({
    id: f.properties.id,
    name: f.properties.name.en,
    rank: RANK[f.properties.kind] ?? 9,
    coordinates: f.geometry.coordinates,
  }));
  const results = { date: new Date().toISOString(), goals: GOALS };
  try {
    const appUrl = `${servers.app.origin}/#bm=none`;
    // First idle first: the 100k run's toggles can take minutes on software WebGL.
    console.log(`▸ first idle, the app and the bare page in turn, ${ROUNDS} rounds`);
    const { page, context } = await openPage(browser, appUrl, { readyFlag: '__atlas', timeoutMs: 60_000 });
    const shown = await page.evaluate(() => {
      const map = window.__atlas.map;
      return { center: map.getCenter().toArray(), zoom: map.getZoom(), size: [map.getContainer().clientWidth, map.getContainer().clientHeight] };
    });
    await context.close();
    const bareUrl = `${servers.bare.origin}/?center=${shown.center.join(',')}&zoom=${shown.zoom}&size=${shown.size.join(',')}`;
    const idle = await firstIdle(browser, { appUrl, bareUrl, rounds: ROUNDS, timeoutMs: 60_000 });
    results.firstIdle = { appMs: median(idle.app), bareMs: median(idle.bare), ratio: median(idle.app) / median(idle.bare), app: idle.app, bare: idle.bare };
    results.scripts = scriptWeight(dirs.app, idle.scripts);
    console.log(`▸ clicks and legend toggles on the real data`);
    results.real = await clicksAndToggles(browser, appUrl, sites, { timeoutMs: 120_000 });
    console.log(`▸ clicks and legend toggles on ${STRESS.sites} sites and ${STRESS.links} links`);
    results.stress = await clicksAndToggles(browser, `${servers.stress.origin}/#bm=none`, sites.slice(0, 26), {
      clickView: (site) => ({ center: site.coordinates, zoom: STRESS_CLICK_ZOOM }),
      timeoutMs: 600_000,
    });
  } finally {
    await browser.close();
    await Promise.all(Object.values(servers).map((server) => server.close()));
  }
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
}

const ms = (value) => (value === null || value === undefined ? '–' : `${Math.round(value)} ms`);
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;
const mark = (ok) => (ok ? '✓' : '✗');
const missed = (click) => (click.misses.length ? ` (${click.misses.length} missed)` : '');

function printTable(r) {
  const rows = [
    ['click → panel p50 / p95', `${ms(r.real.click.p50)} / ${ms(r.real.click.p95)}${missed(r.real.click)}`, `≤ ${GOALS.clickP95} ms ${mark(r.real.click.p95 <= GOALS.clickP95)}`],
    ['legend toggle → idle p50 / p95', `${ms(r.real.toggle.p50)} / ${ms(r.real.toggle.p95)}`, ''],
    ['100k sites: click → panel p50 / p95', `${ms(r.stress.click.p50)} / ${ms(r.stress.click.p95)}${missed(r.stress.click)}`, `≤ ${GOALS.clickP95} ms ${mark(r.stress.click.p95 <= GOALS.clickP95)}`],
    ['100k sites: legend toggle → idle p50 / p95', `${ms(r.stress.toggle.p50)} / ${ms(r.stress.toggle.p95)}`, `≤ ${GOALS.stressToggleP95} ms ${mark(r.stress.toggle.p95 <= GOALS.stressToggleP95)}`],
    ['100k sites: first idle', ms(r.stress.firstIdleMs), ''],
    [
      'first idle, app / bare MapLibre, same layers (medians)',
      `${ms(r.firstIdle.appMs)} / ${ms(r.firstIdle.bareMs)} = ${r.firstIdle.ratio.toFixed(2)}`,
      `guard ≤ ${GOALS.idleRatio} ${mark(r.firstIdle.ratio <= GOALS.idleRatio)}`,
    ],
    ['JavaScript before the first idle (gzip)', `app ${kb(r.scripts.app)} + MapLibre ${kb(r.scripts.maplibre)}`, ''],
  ];
  const width = Math.max(...rows.map((row) => row[0].length));
  console.log(`\nTwente Atlas bench — ${r.date}${quick ? ' (quick: too few rounds for the budgets)' : ''}`);
  for (const [name, value, target] of rows) console.log(`${name.padEnd(width)}  ${value}${target ? `   [${target}]` : ''}`);
  console.log('\nwritten to bench/results.json');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
