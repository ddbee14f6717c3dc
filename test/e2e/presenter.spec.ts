import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blockExternal, openAtlas, siteById, sites, untilServiceWorkerServes, waitForIdle, withNetworkOff } from './driver';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tour = JSON.parse(readFileSync(join(ROOT, 'data/tours.json'), 'utf8')).tours[0] as {
  id: string;
  steps: Array<{ id: string; caption: { en: string }; camera: { center: [number, number]; shows?: string[] }; select?: { kind: string; id: string }; panel?: string }>;
};
const caption = (page: Page) => page.getByTestId('caption');
const selection = (page: Page) => page.evaluate(() => window.__atlas!.store.getState().selection);

/** Where a place shows on the page once the map has come to rest. */
async function onScreen(page: Page, lngLat: [number, number]) {
  await page.waitForFunction(() => !window.__atlas!.map.isMoving(), null, { timeout: 10_000 });
  await waitForIdle(page);
  const point = await page.evaluate((ll) => window.__atlas!.map.project(ll), lngLat);
  const box = (await page.getByTestId('map').boundingBox())!;
  return { x: box.x + point.x, y: box.y + point.y };
}

/**
 * A step's camera is centred in the part of the map the tour's card and the panel leave free (within a few
 * pixels), and its site (if it selects one) shows there, clear of both.
 */
async function expectClearOfCard(page: Page, index: number, panelShown: boolean) {
  const step = tour.steps[index]!;
  const centre = await onScreen(page, step.camera.center);
  const card = (await page.locator('.presenter__card').boundingBox())!;
  const map = (await page.getByTestId('map').boundingBox())!;
  const right = panelShown ? (await page.getByTestId('side-panel').boundingBox())!.x : map.x + map.width;
  expect(Math.abs(centre.y - (map.y + card.y) / 2)).toBeLessThan(8);
  expect(Math.abs(centre.x - (map.x + right) / 2)).toBeLessThan(8);
  if (!step.select) return;
  const place = await onScreen(page, siteById(step.select.id).geometry.coordinates);
  expect(place.y).toBeLessThan(card.y - 20);
  expect(place.x).toBeLessThan(right - 20);
}

async function expectStep(page: Page, index: number) {
  const step = tour.steps[index]!;
  await expect(caption(page)).toHaveText(step.caption.en);
  await expect(page.getByRole('progressbar', { name: 'Tour progress' })).toHaveAttribute('aria-valuenow', String(index + 1));
  await expect(page).toHaveURL(new RegExp(`tour=${tour.id}&step=${index + 1}`));
  expect(await selection(page)).toEqual(step.select ?? null);
  if (step.panel) await expect(page.getByTestId('side-panel')).toHaveAttribute('data-panel', step.panel);
}

test('the whole default tour by keyboard, like a clicker', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('heading', { name: 'Twente Atlas' })).toBeHidden();
  await expectStep(page, 0);
  const keys = ['ArrowRight', ' ', 'PageDown'];
  for (let i = 1; i < tour.steps.length; i++) {
    await page.keyboard.press(keys[i % keys.length]!);
    await expectStep(page, i);
  }
  await page.keyboard.press('ArrowRight');
  await expectStep(page, tour.steps.length - 1);
  await page.keyboard.press('PageUp');
  await expectStep(page, tour.steps.length - 2);
  await page.keyboard.press('Home');
  await expectStep(page, 0);
  await page.keyboard.press('End');
  await expectStep(page, tour.steps.length - 1);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Twente Atlas' })).toBeVisible();
  await expect(page).not.toHaveURL(/tour=/);
});

test('every step has its own link: step 5 opens directly', async ({ page }) => {
  await openAtlas(page, `#tour=${tour.id}&step=5`);
  await expectStep(page, 4);
  await waitForIdle(page);
  await page.screenshot({ path: 'test-results/screens/tour-step-5.png' });
});

test('a step’s site is shown above the tour’s card and beside its panel, from a link and when stepping on', async ({ page }) => {
  const first = tour.steps.findIndex((step, i) => step.select?.kind === 'site' && tour.steps[i + 1]?.select?.kind === 'site');
  await openAtlas(page, `#tour=${tour.id}&step=${first + 1}`);
  await expectStep(page, first);
  await expectClearOfCard(page, first, true);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, first + 1);
  await expectClearOfCard(page, first + 1, true);
  await page.screenshot({ path: 'test-results/screens/tour-site-above-card.png' });
});

test('a tour started with the Present button frames its first step in the full-window map, above the card', async ({ page }) => {
  // The flight set off in the map beside the sidebar; the full-window map then kept its aim, off-centre.
  await openAtlas(page, '#bm=none');
  await page.getByRole('button', { name: 'Present' }).click();
  await expectStep(page, 0);
  await expectClearOfCard(page, 0, false);
});

test('export the view as PNG: the part of the map the panel and the card leave free, not blank', async ({ page }) => {
  await openAtlas(page, `#tour=${tour.id}&step=2`);
  await waitForIdle(page);
  const map = (await page.getByTestId('map').boundingBox())!;
  const free = { width: (await page.getByTestId('side-panel').boundingBox())!.x - map.x, height: (await page.locator('.presenter__card').boundingBox())!.y - map.y };
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('presenter').getByRole('button', { name: 'Export PNG' }).click()]);
  expect(download.suggestedFilename()).toBe('twente-atlas.png');
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const ratio = await page.evaluate(() => window.__atlas!.map.getCanvas().width / window.__atlas!.map.getCanvas().clientWidth);
  expect(Math.abs(width - free.width * ratio)).toBeLessThanOrEqual(1);
  // Above the map a title band (64 px with one line each), below it the legend and the attribution.
  expect(height).toBeGreaterThanOrEqual((free.height + 64 + 40) * ratio);
  expect(height).toBeLessThanOrEqual((free.height + 64 + 200) * ratio);
  expect(free.width).toBeLessThan(map.width - 100);
  expect(free.height).toBeLessThan(map.height - 100);
  const footTop = Math.round((64 + free.height) * ratio);
  const mapBand = { x: 0, y: Math.round(64 * ratio), width, height: Math.round(free.height * ratio) };
  const stats = {
    map: (await imageStats(page, bytes, mapBand)).colours,
    // The quay's blue: outside the map only its legend swatch has it (the map has one small quay).
    legendDot: (await imageStats(page, bytes, { x: 0, y: footTop, width, height: height - footTop }, '#0b5fa5')).matching,
  };
  expect(stats.map).toBeGreaterThan(50);
  // The legend (its dots in the kinds' colours) is in the band below the map, not over it.
  expect(stats.legendDot).toBeGreaterThan(50);
});

/**
 * A rectangle of an exported PNG, in device pixels: how many pixels have a colour (within 12 per channel), and how
 * many different colours a sample of every 97th pixel holds.
 */
async function imageStats(page: Page, png: Buffer, rect: { x: number; y: number; width: number; height: number }, hex = '#000000') {
  return page.evaluate(
    async ({ b64, rect, rgb }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(rect.x, rect.y, rect.width, rect.height).data;
      let matching = 0;
      for (let i = 0; i < data.length; i += 4) if (rgb.every((value, c) => Math.abs(data[i + c]! - value) < 12)) matching++;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return { matching, colours: seen.size };
    },
    { b64: png.toString('base64'), rect, rgb: [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) },
  );
}
const pixelsOf = async (page: Page, png: Buffer, rect: { x: number; y: number; width: number; height: number }, hex: string) => (await imageStats(page, png, rect, hex)).matching;

test('the exported legend explains what the image shows: kinds by shape, modes by colour, line styles, and a scale bar', async ({ page }) => {
  const exportPng = async () => {
    await waitForIdle(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    const png = readFileSync((await download.path())!);
    const ratio = await page.evaluate(() => window.__atlas!.map.getCanvas().width / window.__atlas!.map.getCanvas().clientWidth);
    const mapHeight = (await page.getByTestId('map').boundingBox())!.height;
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const footTop = Math.round((64 + mapHeight) * ratio);
    return { png, foot: { x: 0, y: footTop, width, height: height - footTop }, corner: { x: 0, y: footTop - Math.round(40 * ratio), width: Math.round(150 * ratio), height: Math.round(40 * ratio) } };
  };
  const RAIL = '#1c3d8f';
  const CARGO = '#7048e8';
  await openAtlas(page, '#bm=none');
  const all = await exportPng();
  expect(await pixelsOf(page, all.png, all.foot, RAIL), 'the rail swatch in the legend').toBeGreaterThan(20);
  expect(await pixelsOf(page, all.png, all.foot, CARGO), 'the autonomous-cargo swatch in the legend').toBeGreaterThan(20);
  // The scale bar: its dark bar and label on a white ground in the map's bottom left corner.
  expect(await pixelsOf(page, all.png, all.corner, '#1d1d1d'), 'the scale bar').toBeGreaterThan(40);

  // Autonomous cargo hidden: the legend no longer names its colour.
  await page.getByRole('checkbox', { name: /Autonomous cargo/ }).uncheck();
  const noCargo = await exportPng();
  expect(await pixelsOf(page, noCargo.png, noCargo.foot, RAIL)).toBeGreaterThan(20);
  expect(await pixelsOf(page, noCargo.png, noCargo.foot, CARGO), 'a hidden mode is not in the legend').toBe(0);
});

test('a printable handout: a page per step with its image, caption and sources; the tour stays on its step', async ({ page }) => {
  test.setTimeout(180_000);
  await openAtlas(page, `#tour=${tour.id}&step=3`);
  await page.evaluate(() => {
    const counter = window as unknown as { printed: number };
    counter.printed = 0;
    window.print = () => void (counter.printed += 1);
  });
  await page.getByTestId('presenter').getByRole('button', { name: 'Print handout' }).click();
  await expect(page.getByTestId('presenter').getByRole('status')).toContainText(/Preparing the handout… step \d+ of 9/);
  const handout = page.getByTestId('handout');
  await expect(handout.locator('section')).toHaveCount(tour.steps.length, { timeout: 150_000 });
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // Back on the step it was on, the progress gone.
  await expect(page).toHaveURL(new RegExp(`tour=${tour.id}&step=3`));
  await expect(caption(page)).toHaveText(tour.steps[2]!.caption.en);
  await expect(page.getByTestId('presenter').getByRole('status')).toHaveCount(0);
  // Every page: the step's image (decoded, the map's width), its caption and its sources, in the tour's order.
  const pages = await handout.locator('section').evaluateAll((sections) =>
    sections.map((section) => ({
      width: section.querySelector('img')!.naturalWidth,
      caption: section.querySelector('.handout__caption')!.textContent,
      source: section.querySelector('.handout__source')!.textContent,
    })),
  );
  expect(pages.map((p) => p.caption)).toEqual(tour.steps.map((step) => step.caption.en));
  for (const p of pages) {
    expect(p.width).toBeGreaterThan(300);
    // The documents by title, publisher and year; never a seed's file name.
    expect(p.source).toMatch(/^Source: .+ \(.+, (2013|2019|2020|2023)\): /);
    expect(p.source).not.toMatch(/\.txt/);
  }
  // Printed to PDF: one A4 page per step.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  expect(doc.numPages).toBe(tour.steps.length);
  const last = (await (await doc.getPage(tour.steps.length)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
  expect(last).toContain(`Step ${tour.steps.length} of ${tour.steps.length}`);
  // Once the print dialog closes, the handout goes.
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(handout).toHaveCount(0);
});

test('leaving the tour while its handout is being made stops it, with a notice, and prints nothing', async ({ page }) => {
  await openAtlas(page, `#tour=${tour.id}&step=1`);
  await page.evaluate(() => {
    window.print = () => {
      throw new Error('printed');
    };
  });
  await page.getByTestId('presenter').getByRole('button', { name: 'Print handout' }).click();
  await expect(page.getByTestId('presenter').getByRole('status')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expect(page.getByTestId('notice').filter({ hasText: 'The handout could not be made' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('handout')).toHaveCount(0);
  await expect(page).not.toHaveURL(/tour=/);
});

test('a printable fact sheet: print to PDF holds the site name and its total budget', async ({ page }) => {
  await openAtlas(page, '#site=kennispark-twente');
  await page.evaluate(() => {
    window.print = () => {};
  });
  await page.getByRole('button', { name: 'Print fact sheet' }).click();
  await expect(page.getByTestId('factsheet')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  expect(doc.numPages).toBe(1);
  const text = (await (await doc.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
  expect(text).toContain('Kennispark Twente');
  expect(text).toContain('€64,000,000');
  expect(text).not.toContain('Layers');
});

test('a first visit registers the service worker only after the map has drawn, so its downloads never slow the first load', async ({ page }) => {
  // The page's own clock: when the app asks for its service worker, against when the map was first idle.
  await page.addInitScript(() => {
    const calls: number[] = ((window as unknown as { __workerRegisteredAt: number[] }).__workerRegisteredAt = []);
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args: Parameters<typeof register>) {
      calls.push(performance.now());
      return register.apply(this, args);
    };
  });
  await openAtlas(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const { registeredAt, mapReadyAt } = await page.evaluate(() => ({
    registeredAt: (window as unknown as { __workerRegisteredAt: number[] }).__workerRegisteredAt,
    mapReadyAt: window.__atlas!.readyAt!,
  }));
  expect(registeredAt).toHaveLength(1);
  expect(registeredAt[0]).toBeGreaterThan(mapReadyAt);
});

test('offline: after one visit the app, data, basemap and tour work with the network off', async ({ page, context }) => {
  await openAtlas(page);
  await untilServiceWorkerServes(page);
  await withNetworkOff(context, async () => {
    await page.goto(`/#tour=${tour.id}&step=1`);
    await page.waitForFunction(() => window.__atlas?.ready === true, null, { timeout: 30_000 });
    await expectStep(page, 0);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 1);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2);
  });
});

test('offline: a reload with the network off shows the app again, not a blank page', async ({ page, context }) => {
  await openAtlas(page);
  await untilServiceWorkerServes(page);
  await withNetworkOff(context, async () => {
    // A reload's requests differ from the install's in their headers (the server answers `Vary: Origin`).
    await page.evaluate(() => window.location.reload());
    await page.waitForFunction(() => window.__atlas?.ready === true, null, { timeout: 30_000 });
    await expect(page.getByRole('heading', { name: 'Twente Atlas' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Programme' })).toBeEnabled();
  });
});

const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

test('prepare for offline fetches the tour area and says ready once the browser holds it all', async ({ page }) => {
  await openAtlas(page, '', (p) => p.context().route(/service\.pdok\.nl/, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: TILE })));
  await page.getByRole('button', { name: 'Prepare offline' }).click();
  await expect(page.getByTestId('offline-progress')).toContainText(/Ready for offline: all \d+ files kept in this browser/, { timeout: 60_000 });
  const total = Number((await page.getByTestId('offline-progress').textContent())!.match(/all (\d+)/)![1]);
  expect(total).toBeGreaterThan(100);
  await expect(page.getByTestId('offline-progress').locator('progress')).toHaveCount(0);
});

test('prepare for offline with most downloads failing says it is not ready, what is missing, and retries', async ({ page }) => {
  await openAtlas(page, '', (p) => p.context().route(/service\.pdok\.nl/, (route) => route.abort('internetdisconnected')));
  await page.getByRole('button', { name: 'Prepare offline' }).click();
  const status = page.getByTestId('offline-progress');
  await expect(status).toContainText(/Not ready for offline: \d+ of the online basemap’s tiles could not be kept/, { timeout: 60_000 });
  await expect(status).not.toContainText('Ready for offline: all');
  await page.context().unrouteAll({ behavior: 'ignoreErrors' });
  await blockExternal(page);
  await page.context().route(/service\.pdok\.nl/, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: TILE }));
  await status.getByRole('button', { name: 'Retry' }).click();
  await expect(status).toContainText(/Ready for offline: all \d+ files kept/, { timeout: 60_000 });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the tour’s card takes the place of the bottom sheet, which comes back when the tour ends', async ({ page }) => {
    const index = tour.steps.findIndex((step) => step.select);
    await openAtlas(page, `#tour=${tour.id}&step=${index + 1}`);
    await expectStep(page, index);
    await expect(caption(page)).toBeVisible();
    await expect(page.getByTestId('side-panel')).toBeHidden();
    await expectClearOfCard(page, index, false);
    await page.screenshot({ path: 'test-results/screens/phone-tour.png' });
    await page.keyboard.press('Escape');
    await expect(caption(page)).toBeHidden();
    await expect(page.getByTestId('side-panel')).toBeVisible();
  });

  test('the places a step is about are all in view above the card: the nine top work locations, the five creative breeding grounds', async ({ page }) => {
    const region = tour.steps.findIndex((step) => step.id === 'region');
    const creative = tour.steps.findIndex((step) => step.id === 'creative');
    const grounds = sites.filter((site) => site.properties.kind === 'creative-breeding-ground').map((site) => site.properties.id);
    for (const [index, ids] of [
      [region, tour.steps[region]!.camera.shows!],
      [creative, grounds],
    ] as const) {
      await openAtlas(page, `#tour=${tour.id}&step=${index + 1}`);
      await expectStep(page, index);
      expect(ids.length).toBeGreaterThanOrEqual(5);
      const card = (await page.locator('.presenter__card').boundingBox())!;
      const map = (await page.getByTestId('map').boundingBox())!;
      const outside = [];
      for (const id of ids) {
        const place = await onScreen(page, siteById(id).geometry.coordinates);
        if (place.x < map.x + 10 || place.x > map.x + map.width - 10 || place.y < map.y + 10 || place.y > card.y - 10) outside.push(id);
      }
      expect(outside).toEqual([]);
      await page.screenshot({ path: `test-results/screens/phone-tour-${tour.steps[index]!.id}.png` });
    }
  });
});
