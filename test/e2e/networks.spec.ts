// The existing railways, roads and canals in the planner and in Compare, as a planner would use them: the
// network file `npm run basemap` writes beside the archive, and what the app says without it.
import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openAtlas } from './driver';

const networkFile = join(dirname(fileURLToPath(import.meta.url)), '../../dist/basemap/networks.json');
const panel = (page: Page) => page.getByTestId('side-panel');

async function openNetworkTab(page: Page) {
  await page.getByRole('button', { name: 'Planner', exact: true }).click();
  await panel(page).getByRole('tab', { name: 'Network' }).click();
}

test.describe('with the network file', () => {
  test.skip(!existsSync(networkFile), 'no network file in this build: run `npm run basemap` first');

  test('the network tab names the rail connections between the top locations through their stations', async ({ page }) => {
    await openAtlas(page);
    await openNetworkTab(page);
    const rail = panel(page).getByTestId('rail-between');
    await expect(rail.locator('li')).toHaveCount(6);
    await expect(rail.locator('li').filter({ hasText: 'Kennispark Twente – High Tech Systems Park' })).toContainText('Enschede Kennispark → Hengelo Gezondheidspark');
    await expect(rail.locator('li').filter({ hasText: 'Kennispark Twente – XL Businesspark' })).toContainText(/stations passed \(Hengelo, Borne\)/);
    await expect(rail.locator('li').filter({ hasText: 'Technology Base Twente – XL Businesspark' })).toContainText('no station within reach of both');
  });

  test('gaps count only pairs neither the networks nor the plan join', async ({ page }) => {
    await openAtlas(page);
    await openNetworkTab(page);
    const gaps = panel(page).getByTestId('gaps');
    await expect(gaps.locator('[data-mode="road"]')).toContainText('Road: no gaps (6 pairs joined by the existing network)');
    const rail = gaps.locator('[data-mode="rail"]');
    await expect(rail).toContainText('Technology Base Twente');
    await expect(rail).not.toContainText('Kennispark Twente – High Tech Systems Park');
    await expect(gaps).toContainText('Cycling: not assessed');
  });

  test('each site’s nearest station, exit and the quay, and the water route from the quay', async ({ page }) => {
    await openAtlas(page);
    await openNetworkTab(page);
    const xl = panel(page)
      .getByTestId('access-table')
      .getByRole('row', { name: /^XL Businesspark/ });
    await expect(xl).toContainText('Almelo de Riet');
    await expect(xl).toContainText('30 Almelo-Zuid');
    await expect(panel(page).getByTestId('water-routes')).toContainText(/Haven \(Hengelo \(O\.\)\): [\d.]+ km along the canal, 1 lock/);
    await expect(panel(page).getByTestId('water-routes')).toContainText('The network data ends here');
    await page.screenshot({ path: 'test-results/screens/planner-network.png' });
  });

  test('the matrix times public transport along the track and labels every figure with its method', async ({ page }) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'Planner', exact: true }).click();
    await panel(page).getByRole('combobox', { name: 'Mode' }).selectOption('transit');
    const matrix = panel(page).getByTestId('matrix');
    await expect(matrix.locator('[data-basis="network"]')).toHaveCount(6);
    await expect(matrix.locator('[data-basis="estimate"]')).toHaveCount(6);
    await expect(matrix.locator('[data-basis="network"]').first()).toHaveAttribute('title', /By train from .* km along the track/);
    await expect(matrix.locator('[data-basis="estimate"]').first()).toHaveAttribute('title', /Straight line × 1\.4, at 30 km\/h \(estimate\)\. The plan link “.*” is drawn schematically/);
  });

  test('Compare shows the connections: quay, station, exit, and between the sites by car and public transport', async ({ page }) => {
    await openAtlas(page, '#panel=compare&cmp=kennispark-twente,xl-businesspark');
    const connections = panel(page).getByTestId('compare-connections');
    await expect(connections.getByRole('row', { name: /^Station/ })).toContainText('Enschede Kennispark');
    await expect(connections.getByRole('row', { name: /^Motorway exit/ })).toContainText('26 Enschede-West');
    await expect(connections.getByRole('row', { name: /^To the quay/ }).locator('[data-basis]')).toHaveCount(2);
    const pair = connections.getByTestId('compare-pairs').getByRole('row', { name: /Kennispark Twente – XL Businesspark/ });
    await expect(pair.locator('[data-basis="network"]')).toHaveCount(2);
    await expect(pair.locator('[data-basis="network"]').first()).toHaveAttribute('title', /along A35/);
    await page.screenshot({ path: 'test-results/screens/compare-connections.png' });
  });
});

test.describe('without the network file', () => {
  // Once the app's service worker takes charge it fetches for the page, out of reach of page.route.
  test.use({ serviceWorkers: 'block' });

  test('the planner says so and keeps to labelled estimates', async ({ page }) => {
    await openAtlas(page, '', (p) => p.route('**/basemap/networks.json', (route) => route.fulfill({ status: 404, body: 'not here' })));
    await openNetworkTab(page);
    await expect(panel(page).getByTestId('networks-missing')).toContainText('not in this build');
    await expect(panel(page).getByTestId('rail-between')).toHaveCount(0);
    await expect(panel(page).getByTestId('gaps').locator('[data-mode="road"]')).toContainText('Road: no pair joined');
  });
});
