// The atlas with thousands of sites (more than its own 26): the data file is answered with a grown copy,
// as the bench does with 100,000. Sites cluster, clusters open on click, the legend still filters, and a
// site still opens its panel.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stressCollections } from '../../scripts/bench/stressData.mjs';
import { clickAt, expectPanelTitle, openAtlas, siteById, waitForIdle, watchConsole } from './driver';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (file: string) => JSON.parse(readFileSync(join(ROOT, 'data', file), 'utf8'));
const SITE_COUNT = 3000;
const grown = stressCollections(read('sites.geojson'), read('links.geojson'), { sites: SITE_COUNT, links: 300 });
const OVERIJSSEL = '#map=8.4/52.44/6.42';

async function serveGrownData(page: Page) {
  await page.route(/\/assets\/sites-[\w-]+\.geojson$/, (route) => route.fulfill({ json: grown.sites }));
  await page.route(/\/assets\/links-[\w-]+\.geojson$/, (route) => route.fulfill({ json: grown.links }));
}

/** Sites drawn in the view: those in clusters (each cluster once) plus those drawn on their own. */
function shownSiteCount(page: Page) {
  return page.evaluate(() => {
    const map = window.__atlas!.map;
    // A clustered source per kind, each with its layers (hidden with the kind).
    const shownLayers = (prefix: string) =>
      map
        .getStyle()
        .layers.filter((l) => l.id.startsWith(prefix) && map.getLayoutProperty(l.id, 'visibility') !== 'none')
        .map((l) => l.id);
    const clusters = new Map<string, number>();
    for (const f of map.queryRenderedFeatures({ layers: shownLayers('sites-cluster:') })) clusters.set(`${f.source}/${f.properties.cluster_id}`, f.properties.point_count as number);
    const single = new Set(map.queryRenderedFeatures({ layers: shownLayers('sites-halo:') }).map((f) => f.properties.id as string));
    return { clusters: clusters.size, inClusters: [...clusters.values()].reduce((a, b) => a + b, 0), single: single.size };
  });
}

test.describe('thousands of sites', () => {
  test('cluster, and every site is counted once', async ({ page }) => {
    const errors = watchConsole(page);
    await openAtlas(page, OVERIJSSEL, serveGrownData);
    await waitForIdle(page);
    const shown = await shownSiteCount(page);
    expect(shown.clusters).toBeGreaterThan(5);
    expect(shown.clusters).toBeLessThan(400);
    expect(shown.inClusters + shown.single).toBe(SITE_COUNT);
    await page.screenshot({ path: 'test-results/screens/clusters.png' });
    await expect(page.locator('input[data-kind="facility"]').locator('xpath=..')).toContainText(
      String(grown.sites.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'facility').length),
    );
    expect(errors).toEqual([]);
  });

  test('a hidden kind leaves the clusters, and comes back', async ({ page }) => {
    await openAtlas(page, OVERIJSSEL, serveGrownData);
    await waitForIdle(page);
    const facilities = grown.sites.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'facility').length;
    expect(facilities).toBeGreaterThan(0);
    await page.locator('input[data-kind="facility"]').uncheck();
    await expect
      .poll(async () => {
        const shown = await shownSiteCount(page);
        return shown.inClusters + shown.single;
      })
      .toBe(SITE_COUNT - facilities);
    await page.locator('input[data-kind="facility"]').check();
    await expect
      .poll(async () => {
        const shown = await shownSiteCount(page);
        return shown.inClusters + shown.single;
      })
      .toBe(SITE_COUNT);
  });

  test('a click on a cluster zooms in to it', async ({ page }) => {
    await openAtlas(page, OVERIJSSEL, serveGrownData);
    await waitForIdle(page);
    const target = await page.evaluate(() => {
      const map = window.__atlas!.map;
      const layers = map
        .getStyle()
        .layers.filter((l) => l.id.startsWith('sites-cluster:'))
        .map((l) => l.id);
      const cluster = map.queryRenderedFeatures({ layers }).find((f) => {
        const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
        return p.x > 300 && p.x < map.getCanvas().clientWidth - 100 && p.y > 100 && p.y < map.getCanvas().clientHeight - 100;
      })!;
      return (cluster.geometry as GeoJSON.Point).coordinates as [number, number];
    });
    const before = await page.evaluate(() => window.__atlas!.map.getZoom());
    await clickAt(page, target);
    await expect.poll(() => page.evaluate(() => window.__atlas!.map.getZoom())).toBeGreaterThan(before + 0.9);
    await waitForIdle(page);
    const center = await page.evaluate(() => window.__atlas!.map.getCenter().toArray());
    expect(Math.abs(center[0]! - target[0])).toBeLessThan(0.01);
    expect(Math.abs(center[1]! - target[1])).toBeLessThan(0.01);
    await expect(page.getByTestId('side-panel')).toHaveCount(0);
  });

  test('a site close up opens its panel, with the other sites around it', async ({ page }) => {
    const site = siteById('kennispark-twente');
    const [lon, lat] = site.geometry.coordinates;
    await openAtlas(page, `#map=14/${lat}/${lon}`, serveGrownData);
    await waitForIdle(page);
    expect((await shownSiteCount(page)).clusters).toBe(0);
    await clickAt(page, site.geometry.coordinates);
    await expectPanelTitle(page, 'Kennispark Twente');
    await expect(page).toHaveURL(/site=kennispark-twente/);
  });
});
