import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openAtlas, waitForIdle, watchConsole } from './driver';

const archive = join(dirname(fileURLToPath(import.meta.url)), '../../dist/basemap/overijssel.pmtiles');

test.describe('embedded offline basemap', () => {
  test.skip(!existsSync(archive), 'no offline basemap in this build: run `npm run basemap -- --from DIR` first');

  test('renders municipalities and town labels under the sites with every external request blocked', async ({ page }) => {
    const errors = watchConsole(page);
    await openAtlas(page, '#bm=offline');
    await expect.poll(() => page.evaluate(() => window.__atlas!.store.getState().activeBasemap)).toBe('offline');
    await waitForIdle(page);
    const rendered = await page.evaluate(() => {
      const map = window.__atlas!.map;
      const names = (layer: string) => map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.name));
      return {
        borders: names('basemap:offline-municipality-borders').length,
        twente: names('basemap:offline-twente'),
        towns: names('basemap:offline-place-labels'),
        order: map.getStyle().layers.map((l) => l.id),
      };
    });
    expect(rendered.borders).toBeGreaterThan(5);
    expect(rendered.twente).toEqual(expect.arrayContaining(['Enschede', 'Hengelo (O.)', 'Almelo', 'Borne']));
    expect(rendered.towns).toEqual(expect.arrayContaining(['Hengelo', 'Oldenzaal']));
    const lastBasemapLayer = Math.max(...rendered.order.map((id, i) => (id.startsWith('basemap:') ? i : -1)));
    expect(lastBasemapLayer).toBeLessThan(rendered.order.indexOf('outlines-fill'));
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('CBS, Kadaster/PDOK');
    await page.screenshot({ path: 'test-results/screens/offline-basemap.png' });
    expect(errors).toEqual([]);
  });

  test('is where a failing online basemap falls back to', async ({ page }) => {
    await openAtlas(page);
    await expect(page.getByTestId('notice')).toContainText('showing the offline basemap');
    await expect.poll(() => page.evaluate(() => window.__atlas!.store.getState().activeBasemap)).toBe('offline');
    await expect(page.getByRole('radio', { name: 'Offline (embedded)', exact: true })).toBeEnabled();
  });
});
