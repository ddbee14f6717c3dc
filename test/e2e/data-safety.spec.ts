// Data changed after the build's check: a link of another scheme never becomes a link, and the checks the
// browser runs (the network file's) stay within the app's Content Security Policy.
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

test('a javascript: website slipped into a data file is shown as no link at all', async ({ page }) => {
  const sites = JSON.parse(readFileSync(join(DATA, 'sites.geojson'), 'utf8'));
  sites.features.find((f: { properties: { id: string } }) => f.properties.id === 'kennispark-twente').properties.website = 'javascript:alert(1)';
  await blockExternal(page);
  await page.route(SITES, (route) => route.fulfill({ json: sites }));
  await page.goto('/#site=kennispark-twente');
  await waitForMapReady(page);
  const panel = page.getByTestId('side-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Kennispark Twente');
  await expect(panel.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(panel.getByText('Website')).toHaveCount(0);
});

test('the network file is checked without a Content Security Policy violation', async ({ page }) => {
  const violations = await watchPolicyViolations(page);
  await blockExternal(page);
  await page.goto('/');
  await waitForMapReady(page);
  await page.getByRole('button', { name: 'Planner', exact: true }).click();
  await page.getByTestId('side-panel').getByRole('tab', { name: 'Network' }).click();
  await expect(page.getByTestId('side-panel').getByTestId('gaps')).toBeVisible();
  expect(await violations()).toEqual([]);
});
