import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { clickAt, openAtlas, pastPanelEdge, sites, waitForIdle } from './driver';

const panel = (page: Page) => page.getByTestId('side-panel');
const CSV = 'lon,lat,name,kind\n6.80,52.30,Proposed campus,top-location\n52.30,6.80,Swapped coordinates,facility\n6.72,52.31,"Hub, north",facility\n';

async function openPlanner(page: Page, tab: string) {
  await page.getByRole('button', { name: 'Planner', exact: true }).click();
  await panel(page).getByRole('tab', { name: tab }).click();
}

test.describe('without the network file', () => {
  // Once the app's service worker takes charge it fetches for the page, out of reach of page.route.
  test.use({ serviceWorkers: 'block' });

  test('connections matrix without the networks: every figure an estimate, the schematic MaaS links named, assumptions one click away', async ({ page }) => {
    await openAtlas(page, '', (p) => p.route('**/basemap/networks.json', (route) => route.fulfill({ status: 404, body: '' })));
    await openPlanner(page, 'Connections');
    const matrix = panel(page).getByTestId('matrix');
    await expect(matrix.locator('tbody tr')).toHaveCount(4);
    await expect(matrix.locator('[data-basis="estimate"]')).toHaveCount(12);
    await panel(page).getByRole('combobox', { name: 'Mode' }).selectOption('transit');
    await expect(matrix.locator('[data-basis="estimate"]')).toHaveCount(12);
    await expect(matrix.locator('[data-basis="estimate"]').first()).toHaveAttribute('title', /drawn schematically, so its length is not used/);
    await panel(page).getByText('Assumptions behind the estimates').click();
    await expect(panel(page)).toContainText('detour × 1.4, 30 km/h on average, + 10 min');
    await page.screenshot({ path: 'test-results/screens/planner-matrix.png' });
  });
});

test('import a CSV with two good rows and one bad, keep it across a reload, export GeoJSON', async ({ page }) => {
  await openAtlas(page);
  await openPlanner(page, 'Scenario');
  await page.getByTestId('scenario-file').setInputFiles({ name: 'proposals.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  const report = panel(page).getByTestId('import-report');
  await expect(report).toContainText('proposals.csv: 2 imported, 1 rejected.');
  await expect(report).toContainText('Row 3: position 52.3, 6.8 is outside the atlas area');
  await expect(panel(page).getByTestId('scenario-items').locator('li')).toHaveCount(2);
  await waitForIdle(page);
  const onMap = () => page.evaluate(() => [...new Set(window.__atlas!.map.querySourceFeatures('scenario').map((f) => String(f.properties.name)))].sort());
  await expect.poll(onMap).toEqual(['Hub, north', 'Proposed campus']);

  await page.reload();
  await openAtlas(page, new URL(page.url()).hash);
  await openPlanner(page, 'Scenario');
  await expect(panel(page).getByTestId('scenario-items')).toContainText('Proposed campus');
  await expect(panel(page).getByTestId('scenario-items')).toContainText('Hub, north');

  const [download] = await Promise.all([page.waitForEvent('download'), panel(page).getByRole('button', { name: 'Export GeoJSON' }).click()]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(exported.type).toBe('FeatureCollection');
  expect(exported.features.map((f: { properties: { name: string; kind: string }; geometry: { coordinates: number[] } }) => [f.properties.name, f.properties.kind, f.geometry.coordinates])).toEqual([
    ['Proposed campus', 'top-location', [6.8, 52.3]],
    ['Hub, north', 'facility', [6.72, 52.31]],
  ]);

  // Scenario sites join the analysis.
  await panel(page).getByRole('tab', { name: 'Connections' }).click();
  await panel(page)
    .getByText(/^Sites in the matrix/)
    .click();
  await panel(page).getByLabel('Proposed campus (scenario)').check();
  await expect(panel(page).getByTestId('matrix').locator('tbody tr')).toHaveCount(5);
  await panel(page).getByRole('tab', { name: 'Scenario' }).click();
  await panel(page).getByRole('button', { name: 'Remove Hub, north' }).click();
  await expect(panel(page).getByTestId('scenario-items').locator('li')).toHaveCount(1);
});

test('a dropped file with only bad rows changes nothing and says why', async ({ page }) => {
  await openAtlas(page);
  await openPlanner(page, 'Scenario');
  const drop = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['lon,lat,name,kind\nx,y,,volcano\n'], 'bad.csv', { type: 'text/csv' }));
    return transfer;
  });
  await page.locator('.map-drop').dispatchEvent('drop', { dataTransfer: drop });
  await expect(panel(page).getByTestId('import-report')).toContainText('bad.csv: 0 imported, 1 rejected.');
  await expect(panel(page).getByTestId('import-report')).toContainText('lon and lat must be numbers (got "x", "y"); name is empty');
  await expect(panel(page).getByText('Nothing yet')).toBeVisible();
});

test('draw a proposed site on the map', async ({ page }) => {
  await openAtlas(page);
  await openPlanner(page, 'Scenario');
  await panel(page).getByRole('button', { name: 'Draw a site' }).click();
  await clickAt(page, [6.74, 52.3]);
  await panel(page).getByRole('textbox', { name: 'Name' }).fill('Mobility hub Borne');
  await panel(page).getByRole('button', { name: 'Save' }).click();
  await expect(panel(page).getByTestId('scenario-items')).toContainText('Mobility hub Borne');
});

test('reachability: sites within an e-bike half hour, and the quay 40 km radius with its sites', async ({ page }) => {
  await openAtlas(page);
  await openPlanner(page, 'Reach');
  await expect(panel(page).getByTestId('reach-list')).toContainText('High Tech Systems Park');
  await waitForIdle(page);
  expect(await page.evaluate(() => window.__atlas!.map.querySourceFeatures('analysis').length)).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(() => window.__atlas!.map.getFeatureState({ source: 'sites', id: 'high-tech-systems-park' }).related)).toBe(true);
  await panel(page).getByRole('spinbutton', { name: 'Minutes' }).fill('5');
  await expect(panel(page).getByTestId('reach-list')).toContainText('Gallery');
  await expect(panel(page).getByTestId('reach-list')).not.toContainText('High Tech Systems Park');
  await panel(page)
    .getByLabel(/Quay: 40 km container radius/)
    .check();
  await expect(panel(page).getByTestId('quay-sites')).toContainText('Kennispark Twente');
  await expect(panel(page).getByTestId('quay-sites')).not.toContainText('Hessenpoort');
  // The whole ring is in view beside the panel (the view zoomed in to a 3 km scale, far inside it).
  await expect.poll(() => page.evaluate(() => window.__atlas!.map.isMoving())).toBe(false);
  const quay = sites.find((site) => site.properties.id === 'xl-park-quay')!.geometry.coordinates;
  const degreesEast = 40 / (111.32 * Math.cos((quay[1] * Math.PI) / 180));
  const ringEnds = await page.evaluate(([lng, lat, d]) => [window.__atlas!.map.project([lng - d, lat]).x, window.__atlas!.map.project([lng + d, lat]).x], [quay[0], quay[1], degreesEast] as const);
  const freeWidth = (await panel(page).boundingBox())!.x - (await page.getByTestId('map').boundingBox())!.x;
  expect(ringEnds[0]).toBeGreaterThanOrEqual(0);
  expect(ringEnds[1]).toBeLessThanOrEqual(freeWidth);
  await page.screenshot({ path: 'test-results/screens/planner-quay.png' });
});

test('network: the plan’s links per site and the groups they hold together', async ({ page }) => {
  await openAtlas(page);
  await openPlanner(page, 'Network');
  await expect(panel(page)).toContainText('The plan’s links as a network');
  await expect(panel(page).getByTestId('degree-table')).toContainText('Technology Base Twente');
});

test('measure tool: distance and area by clicking, Escape to finish', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('button', { name: /Measure distance/ }).click();
  await clickAt(page, [6.75, 52.28]);
  await clickAt(page, [6.85, 52.28]);
  await expect(page.getByTestId('measure-km')).toHaveText(/^6\.8\d? km$/);
  await clickAt(page, [6.85, 52.33]);
  await expect(page.getByTestId('measure-area')).toHaveText(/km²$/);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('measure')).toContainText('Done');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('measure')).toHaveCount(0);
  // Clicks select again once the tool is off.
  expect(await page.evaluate(() => window.__atlas!.store.getState().tool)).toBeNull();
});

for (const [name, size] of [
  ['a desktop', { width: 1280, height: 800 }],
  ['a phone', { width: 390, height: 844 }],
] as const) {
  test.describe(`on ${name}`, () => {
    test.use({ viewport: size });
    test('every planner tab keeps its fields and text inside the panel', async ({ page }) => {
      await openAtlas(page);
      await openPlanner(page, 'Connections');
      for (const tab of ['Connections', 'Reach', 'Network', 'Scenario']) {
        await panel(page).getByRole('tab', { name: tab }).click();
        await expect(panel(page).getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
        expect(await pastPanelEdge(page), tab).toEqual([]);
      }
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the connections matrix scrolls sideways, its caption and each row’s site in view, the caption wrapped at the panel’s width', async ({ page }) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'Planner', exact: true }).click();
    const matrix = panel(page).getByTestId('matrix');
    await expect(matrix.locator('tbody tr')).toHaveCount(4);
    const box = matrix.locator('xpath=..');
    const caption = matrix.locator('caption');
    const inBox = async () => {
      const [outer, inner] = [(await box.boundingBox())!, (await caption.boundingBox())!];
      return inner.x >= outer.x - 1 && inner.x + inner.width <= outer.x + outer.width + 1;
    };
    // The table is wider than the panel (it scrolls), the caption is not cut at the panel's edge.
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await inBox()).toBe(true);
    await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await expect.poll(inBox).toBe(true);
    // Each row's site stays at the box's left edge beside its figures.
    const rowHead = matrix.locator('tbody th').first();
    await expect(rowHead).toHaveText('Kennispark Twente');
    expect(Math.abs((await rowHead.boundingBox())!.x - (await box.boundingBox())!.x)).toBeLessThan(2);
    await page.screenshot({ path: 'test-results/screens/phone-planner-matrix.png' });
  });
});
