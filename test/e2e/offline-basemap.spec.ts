import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openAtlas, untilServiceWorkerServes, waitForIdle, waitForMapReady, watchConsole, withNetworkOff } from './driver';

/** Resolves once the offline basemap is the active one and the map has drawn it. */
async function untilOfflineDrawn(page: Page) {
  await waitForMapReady(page);
  await expect.poll(() => page.evaluate(() => window.__atlas!.store.getState().activeBasemap)).toBe('offline');
  await waitForIdle(page);
}

const archive = join(dirname(fileURLToPath(import.meta.url)), '../../dist/basemap/overijssel.pmtiles');

test.describe('embedded offline basemap', () => {
  test.skip(!existsSync(archive), 'no offline basemap in this build: run `npm run basemap -- --from DIR` first');

  test('renders municipalities and town labels under the sites with every external request blocked', async ({ page }) => {
    const errors = watchConsole(page);
    await openAtlas(page, '#bm=offline');
    await untilOfflineDrawn(page);
    const rendered = await page.evaluate(() => {
      const map = window.__atlas!.map;
      const names = (layer: string) => map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.name));
      return {
        borders: names('basemap:offline-municipality-borders').length,
        twente: names('basemap:offline-twente'),
        towns: [...names('basemap:offline-place-labels'), ...names('basemap:offline-city-labels')],
        order: map.getStyle().layers.map((l) => l.id),
      };
    });
    expect(rendered.borders).toBeGreaterThan(5);
    expect(rendered.twente).toEqual(expect.arrayContaining(['Enschede', 'Hengelo (O.)', 'Almelo', 'Borne']));
    expect(rendered.towns).toEqual(expect.arrayContaining(['Hengelo', 'Oldenzaal']));
    // The basemap lies under the plan, except the names of towns and stations: above its lines, under its sites.
    const labels = ['basemap:offline-place-labels', 'basemap:offline-station-labels', 'basemap:offline-municipality-labels', 'basemap:offline-city-labels'];
    const lastBasemapLayer = Math.max(...rendered.order.map((id, i) => (id.startsWith('basemap:') && !labels.includes(id) ? i : -1)));
    expect(lastBasemapLayer).toBeLessThan(rendered.order.indexOf('outlines-fill'));
    for (const label of labels) expect(rendered.order.indexOf(label)).toBeGreaterThan(rendered.order.indexOf('links-line'));
    for (const label of labels.slice(0, 3)) expect(rendered.order.indexOf(label)).toBeLessThan(rendered.order.indexOf('sites-halo'));
    expect(rendered.order.indexOf('basemap:offline-city-labels')).toBeGreaterThan(rendered.order.indexOf('sites-label'));
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('CBS, Kadaster/PDOK');
    await page.screenshot({ path: 'test-results/screens/offline-basemap.png' });
    expect(errors).toEqual([]);
  });

  test('a town’s name moves aside for a site’s marker: none runs under one, and the cities still show', async ({ page }) => {
    await openAtlas(page, '#bm=offline');
    await untilOfflineDrawn(page);
    const placed = await page.evaluate(() => {
      const map = window.__atlas!.map;
      const towns = ['basemap:offline-place-labels'];
      const markers = map.queryRenderedFeatures({ layers: ['sites-symbol'] });
      // A symbol answers a query at a point inside the box it was placed with.
      const under = markers.flatMap((marker) => {
        const point = map.project((marker.geometry as GeoJSON.Point).coordinates as [number, number]);
        // A city's name may touch a small marker, never a top location's.
        const layers = marker.properties.kind === 'top-location' ? [...towns, 'basemap:offline-city-labels'] : towns;
        return map.queryRenderedFeatures(point, { layers }).map((town) => `${String(town.properties.name)} under ${String(marker.properties.id)}`);
      });
      return { markers: markers.length, under, towns: map.queryRenderedFeatures({ layers: [...towns, 'basemap:offline-city-labels'] }).map((f) => String(f.properties.name)) };
    });
    expect(placed.markers).toBeGreaterThan(10);
    expect(placed.under).toEqual([]);
    expect(placed.towns).toEqual(expect.arrayContaining(['Almelo', 'Enschede', 'Hengelo']));
  });

  test('draws the existing networks: track, the A35 and N35, the Twentekanaal and its Almelo branch, stations', async ({ page }) => {
    await openAtlas(page, '#bm=offline');
    await untilOfflineDrawn(page);
    const drawn = await page.evaluate(() => {
      const map = window.__atlas!.map;
      const values = (layer: string, key: string) => [...new Set(map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties[key] ?? '')))];
      return {
        track: map.queryRenderedFeatures({ layers: ['basemap:offline-railways'] }).length,
        refs: values('basemap:offline-roads', 'ref'),
        water: values('basemap:offline-waterways', 'name'),
        stations: values('basemap:offline-stations', 'name'),
      };
    });
    expect(drawn.track).toBeGreaterThan(5);
    expect(drawn.refs).toEqual(expect.arrayContaining(['A35', 'N35']));
    expect(drawn.water).toEqual(expect.arrayContaining(['Twentekanaal', 'Twentekanaal (zijtak Almelo)']));
    expect(drawn.stations).toEqual(expect.arrayContaining(['Almelo', 'Hengelo']));
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('© OpenStreetMap contributors');
  });

  test('at the Overijssel view the five largest cities are labelled, before any village', async ({ page }) => {
    await openAtlas(page, '#map=8.4/52.44/6.42&bm=offline');
    await untilOfflineDrawn(page);
    const cities = await page.evaluate(() => window.__atlas!.map.queryRenderedFeatures({ layers: ['basemap:offline-city-labels'] }).map((f) => String(f.properties.name)));
    expect(cities).toEqual(expect.arrayContaining(['Zwolle', 'Deventer', 'Enschede', 'Hengelo', 'Almelo']));
    await page.screenshot({ path: 'test-results/screens/offline-overijssel.png' });
  });

  test('the legend hides the existing railways and keeps the plan’s rail links; a reload keeps the choice', async ({ page }) => {
    await openAtlas(page, '#bm=offline');
    await untilOfflineDrawn(page);
    const counts = () =>
      page.evaluate(() => {
        const map = window.__atlas!.map;
        return {
          track: map.getLayoutProperty('basemap:offline-railways', 'visibility') === 'none' ? 0 : map.queryRenderedFeatures({ layers: ['basemap:offline-railways'] }).length,
          stations: map.getLayoutProperty('basemap:offline-stations', 'visibility') === 'none' ? 0 : map.queryRenderedFeatures({ layers: ['basemap:offline-stations'] }).length,
          planRail: map.queryRenderedFeatures().filter((f) => f.source === 'links' && f.properties.mode === 'rail').length,
        };
      });
    expect((await counts()).track).toBeGreaterThan(5);
    await page.getByTestId('legend-networks').getByLabel('Railways and stations').uncheck();
    await expect.poll(counts).toMatchObject({ track: 0, stations: 0 });
    expect((await counts()).planRail).toBeGreaterThan(0);
    await expect.poll(() => page.url()).toContain('hide=railways');
    await page.reload();
    await untilOfflineDrawn(page);
    await expect(page.getByTestId('legend-networks').getByLabel('Railways and stations')).not.toBeChecked();
    await expect.poll(counts).toMatchObject({ track: 0 });
  });

  test('the corridor step of the tour labels the German cities it runs to', async ({ page }) => {
    await openAtlas(page, '#tour=twente&step=8&bm=offline');
    await expect.poll(() => page.evaluate(() => window.__atlas!.map.isMoving())).toBe(false);
    await untilOfflineDrawn(page);
    const towns = await page.evaluate(() =>
      window.__atlas!.map.queryRenderedFeatures({ layers: ['basemap:offline-place-labels', 'basemap:offline-city-labels'] }).map((f) => String(f.properties.name)),
    );
    expect(towns).toEqual(expect.arrayContaining(['Münster', 'Osnabrück']));
  });

  test('with the network off after one visit, it still draws: its reader and its archive come from the service worker', async ({ page, context }) => {
    await openAtlas(page, '#bm=offline');
    await untilServiceWorkerServes(page);
    await withNetworkOff(context, async () => {
      await page.reload();
      await page.waitForFunction(() => window.__atlas?.ready === true, null, { timeout: 30_000 });
      await untilOfflineDrawn(page);
      const borders = await page.evaluate(() => window.__atlas!.map.queryRenderedFeatures({ layers: ['basemap:offline-municipality-borders'] }).length);
      expect(borders).toBeGreaterThan(5);
    });
  });

  test('is where a failing online basemap falls back to', async ({ page }) => {
    await openAtlas(page);
    await expect(page.getByTestId('notice')).toContainText('showing the offline basemap');
    await expect.poll(() => page.evaluate(() => window.__atlas!.store.getState().activeBasemap)).toBe('offline');
    await expect(page.getByRole('radio', { name: 'Offline (embedded)', exact: true })).toBeEnabled();
  });
});
