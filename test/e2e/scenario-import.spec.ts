// Imports in the forms people have them: a Dutch spreadsheet's export, a GIS tool's RD New coordinates, kinds
// the atlas does not know, and files that import nothing, each with a report that says what happened.
import { expect, test, type Page } from '@playwright/test';
import { openAtlas } from './driver';

const panel = (page: Page) => page.getByTestId('side-panel');
const report = (page: Page) => panel(page).getByTestId('import-report');
const items = (page: Page) => panel(page).getByTestId('scenario-items');

async function importText(page: Page, name: string, text: string) {
  await openAtlas(page);
  await page.getByRole('button', { name: 'Planner', exact: true }).click();
  await panel(page).getByRole('tab', { name: 'Scenario' }).click();
  await page.getByTestId('scenario-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

const scenarioPositions = (page: Page) => page.evaluate(() => window.__atlas!.store.getState().scenario.sites.map((s) => ({ name: s.name, lon: s.position[0], lat: s.position[1] })));

test('a Dutch spreadsheet export (semicolons, decimal commas, Dutch headers) imports', async ({ page }) => {
  await importText(page, 'locaties.csv', 'naam;lon;lat\nAlpha;6,80;52,30\n');
  await expect(report(page)).toContainText('locaties.csv: 1 imported.');
  expect(await scenarioPositions(page)).toEqual([{ name: 'Alpha', lon: 6.8, lat: 52.3 }]);
});

test('a semicolon inside a comma file stays part of its field', async ({ page }) => {
  await importText(page, 'names.csv', 'name,lon,lat\nFoo;bar,6.80,52.30\n');
  await expect(items(page)).toContainText('Foo;bar');
});

test('RD New x/y from a Dutch GIS export lands near Enschede', async ({ page }) => {
  await importText(page, 'rd.csv', 'naam,x,y\nRD site,257000,471000\n');
  await expect(report(page)).toContainText('1 imported');
  const [site] = await scenarioPositions(page);
  expect(site!.lon).toBeCloseTo(6.87, 1);
  expect(site!.lat).toBeCloseTo(52.22, 1);
});

test('an unknown kind is imported as a proposed site with a warning', async ({ page }) => {
  await importText(page, 'kinds.csv', 'name,lon,lat,kind\nLab,6.80,52.30,laboratory\n');
  await expect(report(page)).toContainText('1 imported, 1 with a warning');
  await expect(report(page)).toContainText('kind "laboratory" is not one of');
  await expect(items(page)).toContainText('Lab (proposed, kind open)');
});

test('an out-of-range coordinate is called out of range', async ({ page }) => {
  await importText(page, 'range.csv', 'name,lon,lat\nFar,200,52.3\n');
  await expect(report(page)).toContainText('Row 2: position 200, 52.3 is out of range');
  await expect(report(page)).not.toContainText('must be numbers');
});

test('a file with only a header says why nothing was imported', async ({ page }) => {
  await importText(page, 'empty.csv', 'name,lon,lat\n');
  await expect(report(page)).toContainText('empty.csv: 0 imported, 1 rejected');
  await expect(report(page)).toContainText('no rows or features to import');
});
