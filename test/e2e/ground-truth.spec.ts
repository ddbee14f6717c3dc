// What a company or a fact-checker relies on: where a site really is and where that comes from, as of when the
// facts hold, which projects' figures do not add up, and sources named as documents, never as seed files.
import { expect, test, type Page } from '@playwright/test';
import { expectPanelTitle, openAtlas } from './driver';

const panel = (page: Page) => page.getByTestId('side-panel');
const SEED_FILE = /\d{3}_[0-9a-f]{16}\.txt/;

test('the XL Businesspark panel names the real outline’s source and licence, and the date its facts hold', async ({ page }) => {
  await openAtlas(page, '#site=xl-businesspark');
  await expectPanelTitle(page, 'XL Businesspark Twente');
  await expect(panel(page).getByTestId('site-position')).toHaveText('Inside the real outline of the area');
  await expect(panel(page).getByTestId('outline-source')).toContainText('OpenStreetMap');
  await expect(panel(page).getByTestId('outline-source')).toContainText('© OpenStreetMap contributors');
  await expect(panel(page).getByTestId('as-of')).toHaveText('As of 2020, the date of its newest source');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('© OpenStreetMap contributors');
});

test('an approximate site says so and how far off it may be', async ({ page }) => {
  await openAtlas(page, '#site=high-tech-systems-park');
  await expect(panel(page).getByTestId('site-position')).toHaveText('Approximate: no surveyed outline — within about 1 km (dashed ring)');
});

test('the programme overview marks the projects whose tables or prose do not add up', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('navigation', { name: 'Overviews' }).getByRole('button', { name: 'Programme' }).click();
  const rows = panel(page).getByTestId('projects-table').locator('tbody tr');
  const marked = rows.filter({ has: page.getByTestId('project-discrepant') });
  await expect(marked.filter({ hasText: 'Area development and accessibility' })).toHaveCount(1);
  await expect(marked.filter({ hasText: 'Attracting, Training and Keeping Talent' })).toHaveCount(1);
  await expect(marked.filter({ hasText: 'Regio Deal Twente II' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Leonardo' }).getByTestId('project-discrepant')).toHaveCount(0);
});

test('a project shows where its prose and its own figures differ', async ({ page }) => {
  await openAtlas(page, '#project=gebiedsontwikkeling-bereikbaarheid-topwerklocaties');
  const checks = panel(page).getByTestId('text-checks');
  await expect(checks).toContainText('the text states 15 %, its own figures give 18.1 %');
  await expect(checks).toContainText('€32,200,000');
  await expect(checks).toContainText('€31,900,000');
  await expect(panel(page).getByTestId('project-authorities')).toContainText('RDW');
});

for (const [what, hash] of [
  ['a site', '#site=kennispark-twente'],
  ['a project', '#project=creatieve-broedplaatsen'],
  ['a link', '#link=water-xl-park-twentekanaal'],
  ['a partner', '#partner=saxion'],
  ['a tour step', '#tour=twente&step=5'],
] as const) {
  test(`no source on ${what} shows a seed’s file name`, async ({ page }) => {
    await openAtlas(page, hash);
    await expect(page.getByTestId(what === 'a tour step' ? 'presenter' : 'side-panel')).toBeVisible();
    await expect(page.locator('body')).toContainText(/\(.+, (2013|2019|2020|2023)\)/);
    expect(await page.locator('body').innerText()).not.toMatch(SEED_FILE);
  });
}
