// Data the build did not check gets the full check in the browser: it refuses links of other schemes and runs
// under the app's Content Security Policy without violating it.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blockExternal, waitForMapReady } from './driver';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '../../data');
const SITES = /\/assets\/sites-[\w-]+\.geojson$/;

/** Every Content Security Policy violation the page reports, as "directive: blocked URI". */
async function watchPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('a javascript: website in a data file is refused, naming the record and field', async ({ page }) => {
  const sites = JSON.parse(readFileSync(join(DATA, 'sites.geojson'), 'utf8'));
  sites.features.find((f: { properties: { id: string } }) => f.properties.id === 'kennispark-twente').properties.website = 'javascript:alert(1)';
  await blockExternal(page);
  await page.route(SITES, (route) => route.fulfill({ json: sites }));
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ has: page.locator('h1') });
  await expect(alert).toContainText('data/sites.geojson: record "kennispark-twente", field "properties.website"');
  await expect(page.getByTestId('map')).toHaveCount(0);
});

test('the full data check and the network file run without a Content Security Policy violation', async ({ page }) => {
  const violations = await watchPolicyViolations(page);
  const sites = readFileSync(join(DATA, 'sites.geojson'), 'utf8');
  await blockExternal(page);
  // The same records laid out differently: not the file the build checked, so the browser checks it in full.
  await page.route(SITES, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(JSON.parse(sites), null, 3) }));
  await page.goto('/');
  await waitForMapReady(page);
  await page.getByRole('button', { name: 'Planner', exact: true }).click();
  await page.getByTestId('side-panel').getByRole('tab', { name: 'Network' }).click();
  await expect(page.getByTestId('side-panel').getByTestId('gaps')).toBeVisible();
  expect(await violations()).toEqual([]);
});
