// A planner's scenario is never lost: drawn anywhere, edited in two tabs, with the browser's storage full, or
// saved by an older version in a form this one cannot read.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { clickAt, openAtlas } from './driver';

const panel = (page: Page) => page.getByTestId('side-panel');
const items = (page: Page) => panel(page).getByTestId('scenario-items');
const csv = (name: string) => ({ name: `${name}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`lon,lat,name,kind\n6.80,52.30,${name},facility\n`) });

async function openScenario(page: Page, hash = '') {
  await openAtlas(page, hash);
  await page.getByRole('button', { name: 'Planner', exact: true }).click();
  await panel(page).getByRole('tab', { name: 'Scenario' }).click();
}

/** Makes the browser's storage refuse new scenario writes, as a full quota does. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('twente-atlas:scenario')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
}

test('a site drawn in Germany, outside the import area, is there after a reload', async ({ page }) => {
  await openScenario(page, '#map=9/52.3/8.2');
  await panel(page).getByRole('button', { name: 'Draw a site' }).click();
  await clickAt(page, [7.95, 52.3]);
  await panel(page).getByRole('textbox', { name: 'Name' }).fill('Hub near Osnabrück');
  await panel(page).getByRole('button', { name: 'Save' }).click();
  await expect(items(page)).toContainText('Hub near Osnabrück');
  await page.reload();
  await openScenario(page, '#map=9/52.3/8.2');
  await expect(items(page)).toContainText('Hub near Osnabrück');
  await expect(page.getByTestId('notice').filter({ hasText: 'Scenario:' })).toHaveCount(0);
});

test("two tabs: each tab's imports survive the other's saves", async ({ page, context }) => {
  const other = await context.newPage();
  await openScenario(page);
  await openScenario(other);
  await page.getByTestId('scenario-file').setInputFiles(csv('Alpha'));
  await expect(items(page)).toContainText('Alpha');
  await other.getByTestId('scenario-file').setInputFiles(csv('Beta'));
  await expect(items(other)).toContainText('Beta');
  await page.reload();
  await openScenario(page);
  await expect(items(page)).toContainText('Alpha');
  await expect(items(page)).toContainText('Beta');
});

test('an item another tab adds shows up in this tab without a reload', async ({ page, context }) => {
  const other = await context.newPage();
  await openScenario(page);
  await openScenario(other);
  await other.getByTestId('scenario-file').setInputFiles(csv('Gamma'));
  await expect(items(page)).toContainText('Gamma');
});

test('with the storage full the atlas names what was not saved and offers the file export', async ({ page }) => {
  await openScenario(page);
  await fillStorage(page);
  await page.getByTestId('scenario-file').setInputFiles(csv('Unsaved hub'));
  const notice = page.getByTestId('notice').filter({ hasText: 'Scenario:' });
  await expect(notice).toContainText('not saved in this browser: “Unsaved hub”');
  await expect(notice).not.toContainText('copy is kept');
  const warning = panel(page).getByTestId('scenario-unsaved');
  await expect(warning).toContainText('Unsaved hub');
  const [download] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: 'Export GeoJSON' }).click()]);
  expect(readFileSync((await download.path())!, 'utf8')).toContain('Unsaved hub');
});

test('the "not saved" notice returns when a later save fails again', async ({ page }) => {
  await openScenario(page);
  await fillStorage(page);
  await page.getByTestId('scenario-file').setInputFiles(csv('First'));
  const notice = page.getByTestId('notice').filter({ hasText: 'not saved' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.getByTestId('scenario-file').setInputFiles(csv('Second'));
  await expect(notice).toContainText('Second');
});

test('two unreadable saved scenarios are both kept and offered back for download', async ({ page }) => {
  await openAtlas(page);
  await page.evaluate(() => localStorage.setItem('twente-atlas:scenario:v1', '{"first unreadable":'));
  await page.reload();
  await openScenario(page);
  await page.evaluate(() => localStorage.setItem('twente-atlas:scenario:v1', '{"second unreadable":'));
  await page.reload();
  await openScenario(page);
  const kept = panel(page).getByTestId('scenario-kept');
  await expect(kept).toContainText('2 saved copies could not be read');
  const [download] = await Promise.all([page.waitForEvent('download'), kept.getByRole('button', { name: 'Download the kept copies' }).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text).toContain('first unreadable');
  expect(text).toContain('second unreadable');
});

test('an older version’s saved scenario is read and kept', async ({ page }) => {
  await openAtlas(page);
  const v1 = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { id: 'scenario-site-old-1', name: 'From the old version', kind: 'facility' }, geometry: { type: 'Point', coordinates: [6.8, 52.3] } }],
  };
  await page.evaluate((text) => localStorage.setItem('twente-atlas:scenario:v1', text), JSON.stringify(v1));
  await page.reload();
  await openScenario(page);
  await expect(items(page)).toContainText('From the old version');
  await page.reload();
  await openScenario(page);
  await expect(items(page).locator('li')).toHaveCount(1);
});
