// The map's own controls (zoom, scale, attribution) and the notices over the map are never hidden by what lies
// over the map: the side panel (open or folded), a phone's bottom sheet, or the tour's card.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAtlas, siteById } from './driver';

type Box = { x: number; y: number; width: number; height: number };

const boxOf = async (locator: Locator): Promise<Box> => {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not visible`);
  return box;
};
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

const panel = (page: Page) => page.getByTestId('side-panel');
const attribution = (page: Page) => page.locator('.maplibregl-ctrl-attrib');
const scaleBar = (page: Page) => page.locator('.maplibregl-ctrl-scale');
const zoomButtons = (page: Page) => page.locator('.maplibregl-ctrl-top-right .maplibregl-ctrl-group');

/** Clicks Zoom in as a user would (the click fails when something else would take it) and checks the map zoomed. */
async function zoomInWorks(page: Page) {
  const before = await page.evaluate(() => window.__atlas!.map.getZoom());
  await page.getByRole('button', { name: 'Zoom in' }).click({ timeout: 3000 });
  await expect.poll(() => page.evaluate(() => window.__atlas!.map.getZoom())).toBeGreaterThan(before + 0.5);
}

test('beside an open or a folded panel, the zoom buttons work and the attribution and the notice show', async ({ page }) => {
  await openAtlas(page, '#site=kennispark-twente');
  // With every external request blocked, the online basemap fails and a notice says so.
  await expect(page.getByTestId('notice')).toBeVisible();
  const open = await boxOf(panel(page));
  expect((await boxOf(attribution(page))).x + (await boxOf(attribution(page))).width).toBeLessThanOrEqual(open.x + 1);
  expect(overlaps(await boxOf(page.getByTestId('notice')), open)).toBe(false);
  await zoomInWorks(page);

  await panel(page).getByRole('button', { name: 'Collapse panel' }).click();
  // The folded panel keeps its header at the top: the zoom buttons stay beside it; the attribution goes back to the corner.
  await expect.poll(async () => overlaps(await boxOf(zoomButtons(page)), await boxOf(panel(page)))).toBe(false);
  await zoomInWorks(page);
  const map = await boxOf(page.getByTestId('map'));
  await expect.poll(async () => Math.round((await boxOf(attribution(page))).x + (await boxOf(attribution(page))).width)).toBe(Math.round(map.x + map.width));
});

test('presenting beside a panel, the notice sits next to the zoom buttons, over neither them nor the panel', async ({ page }) => {
  await openAtlas(page, '#tour=twente&step=2');
  await expect(page.getByTestId('presenter')).toBeVisible();
  await expect(page.getByTestId('notice')).toBeVisible();
  const notice = await boxOf(page.getByTestId('notice'));
  expect(overlaps(notice, await boxOf(panel(page)))).toBe(false);
  expect(overlaps(notice, await boxOf(zoomButtons(page)))).toBe(false);
  expect(overlaps(notice, await boxOf(page.getByTestId('presenter')))).toBe(false);
  await zoomInWorks(page);
});

test.describe('on a narrow desktop', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the tour’s card keeps left of the panel', async ({ page }) => {
    await openAtlas(page, '#tour=twente&step=2');
    await expect(page.getByTestId('presenter')).toBeVisible();
    const card = await boxOf(page.getByTestId('presenter'));
    expect(card.x + card.width).toBeLessThanOrEqual((await boxOf(panel(page))).x + 1);
    expect(card.width).toBeGreaterThan(300);
  });
});

test.describe('on a tablet held upright', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

  test('the compact layout: the sidebar is a drawer, the panel a sheet at the foot, and the site shows above it', async ({ page }) => {
    await openAtlas(page, '#site=kennispark-twente');
    await expect(page.getByRole('button', { name: 'Layers & sites' })).toBeVisible();
    const map = await boxOf(page.getByTestId('map'));
    expect(map.width).toBe(768);
    const sheet = await boxOf(panel(page));
    expect(sheet.width).toBe(768);
    expect(Math.round(sheet.y + sheet.height)).toBe(1024);
    const site = siteById('kennispark-twente').geometry.coordinates;
    await expect
      .poll(async () => {
        const point = await page.evaluate((ll) => window.__atlas!.map.project(ll), site);
        return point.x > 0 && point.x < map.width && point.y > 0 && map.y + point.y < sheet.y;
      })
      .toBe(true);
    const scale = await boxOf(scaleBar(page));
    expect(scale.y + scale.height).toBeLessThanOrEqual(sheet.y + 1);
  });
});

/** Drags the map sideways with the mouse, from its middle. */
async function dragMap(page: Page) {
  const map = await boxOf(page.locator('.maplibregl-canvas'));
  await page.mouse.move(map.x + map.width / 2, map.y + map.height / 3);
  await page.mouse.down();
  await page.mouse.move(map.x + map.width / 2 - 80, map.y + map.height / 3 + 40, { steps: 6 });
  await page.mouse.up();
}
const sources = (page: Page) => attribution(page).locator('.maplibregl-ctrl-attrib-inner');

test('on a desktop the sources stay in full after the map is dragged', async ({ page }) => {
  await openAtlas(page);
  await dragMap(page);
  await expect(sources(page)).toContainText('Regio Deal Twente');
  await expect(sources(page)).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the sources show at first, fold behind their button at the first drag, and the button opens them again', async ({ page }) => {
    await openAtlas(page);
    await expect(sources(page)).toBeVisible();
    await expect(sources(page)).toContainText('Regio Deal Twente');
    await dragMap(page);
    await expect(sources(page)).toBeHidden();
    expect((await boxOf(attribution(page))).width).toBeLessThan(40);
    const button = attribution(page).locator('.maplibregl-ctrl-attrib-button');
    await expect(button).toHaveAttribute('aria-label', 'Show or hide the sources');
    await button.click();
    await expect(sources(page)).toBeVisible();
    await expect(sources(page)).toContainText('Regio Deal Twente');
  });

  test('the scale and the attribution stay above the sheet and above the folded sheet, a bar at the foot', async ({ page }) => {
    await openAtlas(page, '#site=kennispark-twente');
    const sheet = await boxOf(panel(page));
    for (const control of [attribution(page), scaleBar(page)]) {
      const box = await boxOf(control);
      expect(box.y + box.height).toBeLessThanOrEqual(sheet.y + 1);
    }

    await panel(page).getByRole('button', { name: 'Collapse panel' }).click();
    await expect.poll(async () => (await boxOf(panel(page))).height).toBeLessThan(60);
    const bar = await boxOf(panel(page));
    expect(Math.round(bar.y + bar.height)).toBe(844);
    await expect(panel(page).getByRole('heading', { level: 2 })).toBeInViewport();
    for (const control of [attribution(page), scaleBar(page)]) {
      const box = await boxOf(control);
      expect(box.y + box.height).toBeLessThanOrEqual(bar.y + 1);
    }
    await panel(page).getByRole('button', { name: 'Expand panel' }).click();
    await expect(panel(page).getByTestId('site-budget')).toBeVisible();
  });

  test('presenting, the scale and the attribution stay above the tour’s card and the notice clear of the zoom buttons', async ({ page }) => {
    await openAtlas(page, '#tour=twente&step=2');
    await expect(page.getByTestId('notice')).toBeVisible();
    const card = await boxOf(page.getByTestId('presenter'));
    await expect
      .poll(async () => {
        const box = await boxOf(attribution(page));
        return box.y + box.height <= card.y + 1;
      })
      .toBe(true);
    const scale = await boxOf(scaleBar(page));
    expect(scale.y + scale.height).toBeLessThanOrEqual(card.y + 1);
    expect(overlaps(await boxOf(page.getByTestId('notice')), await boxOf(zoomButtons(page)))).toBe(false);
    await zoomInWorks(page);
  });
});

test.describe('on a phone turned on its side', () => {
  test.use({ viewport: { width: 844, height: 390 }, hasTouch: true, isMobile: true });

  /** Whether a site's marker is drawn in the part of the map left of `edge` (a page x). */
  const siteLeftOf = async (page: Page, id: string, edge: number) => {
    const map = await boxOf(page.getByTestId('map'));
    const point = await page.evaluate((ll) => window.__atlas!.map.project(ll), siteById(id).geometry.coordinates);
    return point.x > 0 && map.x + point.x < edge && point.y > 0 && point.y < map.height;
  };

  test('the panel stands in a column on the right, the site beside it; folded, it is a bar at the top right', async ({ page }) => {
    await openAtlas(page, '#site=kennispark-twente');
    const map = await boxOf(page.getByTestId('map'));
    const column = await boxOf(panel(page));
    expect(column.x).toBeGreaterThanOrEqual(844 / 2 - 1);
    expect(Math.round(column.y)).toBe(Math.round(map.y));
    expect(Math.round(column.y + column.height)).toBe(390);
    await expect.poll(() => siteLeftOf(page, 'kennispark-twente', column.x)).toBe(true);
    expect(overlaps(await boxOf(page.getByTestId('notice')), column)).toBe(false);
    await zoomInWorks(page);

    await panel(page).getByRole('button', { name: 'Collapse panel' }).click();
    await expect.poll(async () => (await boxOf(panel(page))).height).toBeLessThan(60);
    const bar = await boxOf(panel(page));
    expect(Math.round(bar.y)).toBe(Math.round(map.y));
    expect(overlaps(await boxOf(zoomButtons(page)), bar)).toBe(false);
    const scale = await boxOf(scaleBar(page));
    expect(Math.round(scale.y + scale.height)).toBeGreaterThan(390 - 20);
  });

  test('the header is one row, whose overviews scroll sideways and all open', async ({ page }) => {
    await openAtlas(page, '#lang=nl');
    expect((await boxOf(page.locator('.app-header'))).height).toBeLessThan(55);
    const compare = page.getByRole('navigation', { name: 'Overzichten' }).getByRole('button', { name: /^Vergelijken/ });
    await compare.scrollIntoViewIfNeeded();
    await compare.click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Locaties vergelijken');
  });

  test('turned while a site is shown: the site moves beside the panel, from above the sheet', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openAtlas(page, '#site=kennispark-twente');
    const sheet = await boxOf(panel(page));
    await expect.poll(() => siteLeftOf(page, 'kennispark-twente', 390)).toBe(true);
    const map = await boxOf(page.getByTestId('map'));
    const point = await page.evaluate((ll) => window.__atlas!.map.project(ll), siteById('kennispark-twente').geometry.coordinates);
    expect(map.y + point.y).toBeLessThan(sheet.y);
    await page.setViewportSize({ width: 844, height: 390 });
    await expect.poll(async () => (await boxOf(panel(page))).x).toBeGreaterThan(844 / 2 - 1);
    await expect.poll(async () => siteLeftOf(page, 'kennispark-twente', (await boxOf(panel(page))).x)).toBe(true);
  });

  test('the tour’s card stands on the right, the step’s site beside it, the map’s controls clear of it', async ({ page }) => {
    await openAtlas(page, '#tour=twente&step=2');
    const card = await boxOf(page.getByTestId('presenter'));
    expect(card.x).toBeGreaterThan(844 * 0.4);
    expect(card.height).toBeGreaterThan(390 / 2);
    await expect.poll(() => siteLeftOf(page, 'kennispark-twente', card.x)).toBe(true);
    for (const control of [attribution(page), zoomButtons(page), page.getByTestId('notice')]) expect(overlaps(await boxOf(control), card)).toBe(false);
    await zoomInWorks(page);
  });
});
