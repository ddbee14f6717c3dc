import { expect, test, type Page } from '@playwright/test';
import { clickAt, clickSite, expectPanelTitle, links, openAtlas, siteById, sites, waitForIdle, watchConsole } from './driver';

const OVERIJSSEL = '#map=8.4/52.44/6.42';
const renderedIds = (page: Page, layer: string) => page.evaluate((l) => window.__atlas!.map.queryRenderedFeatures({ layers: [l] }).map((f) => String(f.properties.id)), layer);

/** Opens each overview from the header's row (scrolled to its button as a reader would), checking its panel. */
async function openEachOverview(page: Page, row: string, overviews: readonly (readonly [button: string, title: string])[], check: () => Promise<void> = async () => undefined) {
  for (const [button, title] of overviews) {
    const target = page.getByRole('navigation', { name: row }).getByRole('button', { name: new RegExp(`^${button}`) });
    await target.scrollIntoViewIfNeeded();
    await target.click();
    await expectPanelTitle(page, title);
    await check();
  }
}

test.describe('legend as layer control', () => {
  const kinds = [...new Set(sites.map((s) => s.properties.kind))];
  for (const kind of kinds) {
    test(`site kind ${kind} can be switched off and on`, async ({ page }) => {
      await openAtlas(page, OVERIJSSEL);
      await waitForIdle(page);
      const ofKind = sites.filter((s) => s.properties.kind === kind).map((s) => s.properties.id);
      expect(await renderedIds(page, 'sites-symbol')).toEqual(expect.arrayContaining(ofKind));
      const box = page.locator(`input[data-kind="${kind}"]`);
      await box.uncheck();
      await waitForIdle(page);
      const hidden = await renderedIds(page, 'sites-symbol');
      expect(hidden.filter((id) => ofKind.includes(id))).toEqual([]);
      expect(hidden.length).toBeGreaterThan(0);
      await expect(page).toHaveURL(new RegExp(`hide=${kind}`));
      await box.check();
      await waitForIdle(page);
      expect(await renderedIds(page, 'sites-symbol')).toEqual(expect.arrayContaining(ofKind));
      await expect(page).not.toHaveURL(/hide=/);
    });
  }

  const modes = [...new Set(links.map((l) => l.properties.mode))];
  for (const mode of modes) {
    test(`link mode ${mode} can be switched off and on`, async ({ page }) => {
      await openAtlas(page, OVERIJSSEL);
      await waitForIdle(page);
      const ofMode = links.filter((l) => l.properties.mode === mode).map((l) => l.properties.id);
      expect(await renderedIds(page, 'links-line')).toEqual(expect.arrayContaining(ofMode));
      await page.locator(`input[data-mode="${mode}"]`).uncheck();
      await waitForIdle(page);
      expect((await renderedIds(page, 'links-line')).filter((id) => ofMode.includes(id))).toEqual([]);
      await page.locator(`input[data-mode="${mode}"]`).check();
      await waitForIdle(page);
      expect(await renderedIds(page, 'links-line')).toEqual(expect.arrayContaining(ofMode));
    });
  }

  test('hidden layers survive a reload through the URL', async ({ page }) => {
    await openAtlas(page, '#hide=facility,autonomous-cargo');
    await expect(page.locator('input[data-kind="facility"]')).not.toBeChecked();
    await expect(page.locator('input[data-mode="autonomous-cargo"]')).not.toBeChecked();
    await expect(page.locator('input[data-kind="quay"]')).toBeChecked();
  });
});

test('clicking a link selects it, highlights it and opens its panel', async ({ page }) => {
  const link = links.find((l) => l.properties.id === 'maas-htsp-tecbase')!;
  const [a, b] = link.geometry.coordinates as [[number, number], [number, number]];
  const mid: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  await openAtlas(page, `#map=12.5/${mid[1]}/${mid[0]}`);
  await clickAt(page, mid);
  await expectPanelTitle(page, link.properties.name.en);
  await expect(page.getByTestId('side-panel')).toContainText('Mobility as a Service · Pilot');
  await expect(page).toHaveURL(/link=maas-htsp-tecbase/);
  await expect.poll(() => page.evaluate(() => window.__atlas!.map.getFeatureState({ source: 'links', id: 'maas-htsp-tecbase' }).selected)).toBe(true);
  await page.screenshot({ path: 'test-results/screens/link-selected.png' });
});

test('hovering a site highlights it through feature-state', async ({ page }) => {
  await openAtlas(page);
  await waitForIdle(page);
  const site = sites.find((s) => s.properties.id === 'technology-base-twente')!;
  const point = await page.evaluate((ll) => window.__atlas!.map.project(ll), site.geometry.coordinates);
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + point.x, box.y + point.y);
  await expect.poll(() => page.evaluate(() => window.__atlas!.map.getFeatureState({ source: 'sites', id: 'technology-base-twente' }).hover)).toBe(true);
  await page.mouse.move(box.x + 5, box.y + box.height - 5);
  await expect.poll(() => page.evaluate(() => window.__atlas!.map.getFeatureState({ source: 'sites', id: 'technology-base-twente' }).hover)).toBe(false);
});

test('the Twente and Overijssel buttons move the camera', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('button', { name: 'Overijssel', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.__atlas!.map.getZoom()), { timeout: 10_000 }).toBeLessThan(9);
  await waitForIdle(page);
  const westOverijssel = await renderedIds(page, 'sites-label');
  expect(westOverijssel).toEqual(expect.arrayContaining(['hessenpoort-zwolle', 'a1-bedrijvenpark-deventer', 'kennispark-twente']));
  await page.screenshot({ path: 'test-results/screens/overijssel.png' });
  await page.getByRole('button', { name: 'Twente', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.__atlas!.map.getZoom()), { timeout: 10_000 }).toBeGreaterThan(10);
});

test.describe('basemaps', () => {
  test('blocked PDOK tiles fall back to the plain background with a notice', async ({ page }) => {
    const errors = watchConsole(page);
    await openAtlas(page);
    await expect(page.getByTestId('notice')).toContainText('PDOK (Kadaster) basemap could not be loaded');
    await expect(page.getByText(/— unavailable, showing (None|Offline \(embedded\))/)).toBeVisible();
    const active = await page.evaluate(() => window.__atlas!.store.getState().activeBasemap);
    expect(['none', 'offline']).toContain(active);
    // The thematic layers stay on top and working.
    expect((await renderedIds(page, 'sites-symbol')).length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Dismiss notice' }).click();
    await expect(page.getByTestId('notice')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('OpenFreeMap without network falls back too', async ({ page }) => {
    await openAtlas(page, '#bm=none');
    await page.getByLabel('OpenFreeMap (OSM)').check();
    await expect(page.getByTestId('notice')).toContainText('OpenFreeMap (OSM) basemap could not be loaded');
    await expect(page).toHaveURL(/bm=openfreemap/);
  });

  test('PDOK shows under the sites with its attribution when its tiles arrive', async ({ page }) => {
    const tile = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    await openAtlas(page, '', (p) => p.context().route(/service\.pdok\.nl/, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: tile })));
    await waitForIdle(page);
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Kadaster');
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Data: Regio Deal Twente');
    const order = await page.evaluate(() => window.__atlas!.map.getStyle().layers.map((l) => l.id));
    expect(order.indexOf('basemap:pdok')).toBeLessThan(order.indexOf('outlines-fill'));
    expect(await page.evaluate(() => window.__atlas!.store.getState().activeBasemap)).toBe('pdok');
    await expect(page.getByTestId('notice')).toHaveCount(0);
  });

  test('"None" shows the plain background and the atlas attribution', async ({ page }) => {
    await openAtlas(page, '#bm=none');
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Data: Regio Deal Twente');
    await expect(page.getByTestId('notice')).toHaveCount(0);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the map, a bottom-sheet panel and the layers drawer work', async ({ page }) => {
    await openAtlas(page);
    expect(await page.evaluate(() => window.__atlas!.map.cooperativeGestures.isEnabled())).toBe(true);
    await page.getByRole('button', { name: 'Layers & sites' }).click();
    await page.locator('input[data-kind="facility"]').uncheck();
    await page.getByRole('button', { name: 'Kennispark Twente', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Layers & sites' })).toHaveAttribute('aria-expanded', 'false');
    await expectPanelTitle(page, 'Kennispark Twente');
    const panel = (await page.getByTestId('side-panel').boundingBox())!;
    expect(panel.y).toBeGreaterThan(844 / 2);
    expect(panel.width).toBeCloseTo(390, -1);
    await waitForIdle(page);
    const site = sites.find((s) => s.properties.id === 'kennispark-twente')!;
    const point = await page.evaluate((ll) => window.__atlas!.map.project(ll), site.geometry.coordinates);
    const map = (await page.getByTestId('map').boundingBox())!;
    expect(map.y + point.y).toBeLessThan(panel.y);
    await page.screenshot({ path: 'test-results/screens/phone.png' });
  });

  test('the opening view and the region buttons show their top work locations whole', async ({ page }) => {
    // The region views were set for a desktop's map area; at 390 px the Twente view cut XL Businesspark off.
    const topLocations = (region: string) => sites.filter((s) => s.properties.kind === 'top-location' && (region === 'overijssel' || s.properties.region === region));
    const outside = async (region: string) => {
      const area = (await page.getByTestId('map').boundingBox())!;
      const points = await page.evaluate(
        (list) => list.map(([id, ll]) => [id, window.__atlas!.map.project(ll)] as const),
        topLocations(region).map((s) => [s.properties.id, s.geometry.coordinates] as const),
      );
      // Room for a label on either side of a site: about 50 px.
      return points.filter(([, p]) => p.x < 50 || p.x > area.width - 50 || p.y < 30 || p.y > area.height - 30).map(([id]) => id);
    };
    const zoom = () => page.evaluate(() => window.__atlas!.map.getZoom());
    await openAtlas(page, '#bm=none');
    expect(await outside('twente')).toEqual([]);
    const zooms: Record<string, number> = {};
    for (const [button, region] of [
      ['Overijssel', 'overijssel'],
      ['Twente', 'twente'],
    ] as const) {
      await page.getByRole('button', { name: 'Layers & sites' }).click();
      await page.getByRole('button', { name: button, exact: true }).click();
      // Once the flight has ended (mid-flight the map is zoomed out further).
      await expect.poll(() => page.evaluate(() => window.__atlas!.map.isMoving())).toBe(false);
      await waitForIdle(page);
      expect(await outside(region)).toEqual([]);
      zooms[region] = await zoom();
      await page.keyboard.press('Escape');
    }
    // The Overijssel view holds the Twente sites too: the Twente button must have zoomed back in, about two levels.
    expect(zooms.twente! - zooms.overijssel!).toBeGreaterThan(1.5);
  });

  for (const [hash, basemap] of [
    ['#bm=none', 'no basemap'],
    ['', 'the basemap it falls back to offline'],
  ] as const) {
    test(`the attribution and the scale bar never overlap (${basemap})`, async ({ page }) => {
      for (const width of [390, 360]) {
        await page.setViewportSize({ width, height: 844 });
        await openAtlas(page, hash);
        await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Regio Deal Twente');
        const scale = (await page.locator('.maplibregl-ctrl-scale').boundingBox())!;
        const attribution = (await page.locator('.maplibregl-ctrl-attrib').boundingBox())!;
        const apart = scale.x + scale.width <= attribution.x || attribution.y + attribution.height <= scale.y;
        expect(apart, `at ${width} px: scale ${JSON.stringify(scale)}, attribution ${JSON.stringify(attribution)}`).toBe(true);
      }
    });
  }

  for (const how of ['opened', 'edited in an open tab'] as const) {
    test(`a link that names a site but no view, ${how}, shows that site clear of the panel`, async ({ page }) => {
      if (how === 'opened') await openAtlas(page, '#site=kennispark-twente');
      else {
        await openAtlas(page);
        await page.evaluate(() => (window.location.hash = '#site=kennispark-twente'));
      }
      await expectPanelTitle(page, 'Kennispark Twente');
      const site = sites.find((s) => s.properties.id === 'kennispark-twente')!;
      const panel = (await page.getByTestId('side-panel').boundingBox())!;
      const map = (await page.getByTestId('map').boundingBox())!;
      await expect
        .poll(async () => {
          const point = await page.evaluate((ll) => window.__atlas!.map.project(ll), site.geometry.coordinates);
          return point.x > 0 && point.x < map.width && point.y > 0 && map.y + point.y < panel.y;
        })
        .toBe(true);
      // The URL now carries the view too, so the link shared from here opens the same way.
      await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('map=');
    });
  }

  test('a notice never covers the zoom buttons', async ({ page }) => {
    await openAtlas(page);
    // With every external request blocked, the online basemap fails and a notice says so.
    await expect(page.getByTestId('notice')).toBeVisible();
    const before = await page.evaluate(() => window.__atlas!.map.getZoom());
    await page.getByRole('button', { name: 'Zoom in' }).click({ timeout: 3000 });
    await expect.poll(() => page.evaluate(() => window.__atlas!.map.getZoom())).toBeGreaterThan(before + 0.5);
    await expect(page.getByTestId('notice')).toBeVisible();
  });

  test('every overview is reachable from the header, which fits the screen', async ({ page }) => {
    await openAtlas(page);
    const search = (await page.getByRole('combobox', { name: /search/i }).boundingBox())!;
    expect(search.width).toBeGreaterThan(150);
    await openEachOverview(
      page,
      'Overviews',
      [
        ['Programme', 'Programme overview'],
        ['Planner', 'Planner tools'],
        ['Compare', 'Compare sites'],
      ],
      async () => {
        const box = (await page.getByTestId('side-panel').boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(391);
      },
    );
    // The page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('navigation', { name: 'Overviews' }).getByRole('button', { name: 'Present' }).click();
    await expect(page.getByTestId('presenter')).toBeVisible();
    const card = (await page.getByTestId('presenter').boundingBox())!;
    expect(card.x + card.width).toBeLessThanOrEqual(391);
    await page.keyboard.press('Escape');
    await page.getByTestId('language').selectOption('nl');
    await expect(page.getByRole('button', { name: 'Lagen & locaties' })).toBeVisible();
  });

  test('the header’s button row shows that it scrolls, and a button taking the focus is shown clear of the fade', async ({ page }) => {
    await openAtlas(page);
    const row = page.getByRole('navigation', { name: 'Overviews' });
    // At the start: the end with more buttons past it fades out; the start does not.
    await expect(row).toHaveAttribute('data-more-after', '');
    await expect(row).not.toHaveAttribute('data-more-before');
    expect(await row.evaluate((el) => getComputedStyle(el).maskImage)).toMatch(/gradient/);
    await page.screenshot({ path: 'test-results/screens/phone-header.png', clip: { x: 0, y: 0, width: 390, height: 100 } });
    // Scrolled to the end: the other way round.
    await row.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect(row).toHaveAttribute('data-more-before', '');
    await expect(row).not.toHaveAttribute('data-more-after');
    // Back at the start, the button cut by the edge takes the focus: the row scrolls it clear of the fade.
    await row.evaluate((el) => el.scrollTo({ left: 0 }));
    await expect(row).not.toHaveAttribute('data-more-before');
    const cutLabel = await row.evaluate((el) => {
      const right = el.getBoundingClientRect().right;
      return [...el.querySelectorAll('button')].filter((b) => b.getBoundingClientRect().right > right).sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)[0]!.textContent!;
    });
    const cut = row.getByRole('button', { name: cutLabel, exact: true });
    await cut.focus();
    const rowBox = (await row.boundingBox())!;
    await expect
      .poll(async () => {
        const box = (await cut.boundingBox())!;
        return rowBox.x + rowBox.width - (box.x + box.width);
      })
      .toBeGreaterThanOrEqual(30);
    await expect(row).toHaveAttribute('data-more-after', '');
  });
});

test.describe('a link or a set of sites is framed whole in the part of the map the panel leaves free', () => {
  // The fit assumed a desktop's whole map: with the panel open the MaaS link's ends sat under the panel and
  // past the map's edge, and on a phone far outside the part above the sheet.
  const maas = links.find((l) => l.properties.id === 'maas-kennispark-htsp')!;
  const ends = [maas.geometry.coordinates[0]!, maas.geometry.coordinates.at(-1)!];
  const compared = ['kennispark-twente', 'xl-businesspark'].map((id) => sites.find((site) => site.properties.id === id)!.geometry.coordinates);
  /** The places that lie outside the map's free part, less room for a label (50 px across, 30 down). */
  const outsideFree = async (page: Page, places: [number, number][]) => {
    await expect.poll(() => page.evaluate(() => window.__atlas!.map.isMoving())).toBe(false);
    const map = (await page.getByTestId('map').boundingBox())!;
    const panel = (await page.getByTestId('side-panel').boundingBox())!;
    const phone = map.width <= 700;
    const free = { width: phone ? map.width : panel.x - map.x, height: phone ? panel.y - map.y : map.height };
    const points = await page.evaluate((list) => list.map((ll) => window.__atlas!.map.project(ll)), places);
    return points.filter((p) => p.x < 50 || p.x > free.width - 50 || p.y < 30 || p.y > free.height - 30);
  };

  test('on a desktop, picked from the list of links', async ({ page }) => {
    await openAtlas(page, '#bm=none');
    await page.getByTestId('link-list').getByRole('button', { name: maas.properties.name.en }).click();
    await expectPanelTitle(page, maas.properties.name.en);
    expect(await outsideFree(page, ends)).toEqual([]);
  });

  test('on a desktop, the sites compared, when the header’s Compare button opens them', async ({ page }) => {
    await openAtlas(page, '#bm=none');
    for (const name of ['Kennispark Twente', 'XL Businesspark Twente']) {
      await page.locator('#sites').getByRole('button', { name, exact: true }).click();
      await expectPanelTitle(page, name);
      await page.getByTestId('side-panel').getByRole('button', { name: '+ Compare' }).click();
    }
    await page
      .getByTestId('side-panel')
      .getByRole('button', { name: /^Close panel/ })
      .click();
    await page
      .getByRole('navigation', { name: 'Overviews' })
      .getByRole('button', { name: /^Compare/ })
      .click();
    await expectPanelTitle(page, 'Compare sites');
    expect(await outsideFree(page, compared)).toEqual([]);
  });

  test('on a desktop, the Overijssel view asked for beside a comparison of four sites (the widest panel)', async ({ page }) => {
    await openAtlas(page, '#bm=none&panel=compare&cmp=kennispark-twente,xl-businesspark,s-park-deventer,hessenpoort-zwolle');
    await expectPanelTitle(page, 'Compare sites');
    await page.getByRole('button', { name: 'Overijssel', exact: true }).click();
    const topLocations = sites.filter((site) => site.properties.kind === 'top-location').map((site) => site.geometry.coordinates);
    expect(await outsideFree(page, topLocations)).toEqual([]);
  });

  const twente = sites.filter((site) => site.properties.kind === 'top-location' && site.properties.region === 'twente').map((site) => site.geometry.coordinates);
  const view = (page: Page) => page.evaluate(() => ({ zoom: window.__atlas!.map.getZoom(), center: window.__atlas!.map.getCenter().toArray() }));

  test('on a desktop, the opening view’s Twente sites beside the programme overview, and the whole map again when it closes', async ({ page }) => {
    await openAtlas(page, '#bm=none');
    const opening = await view(page);
    await page.getByRole('navigation', { name: 'Overviews' }).getByRole('button', { name: 'Programme' }).click();
    await expectPanelTitle(page, 'Programme overview');
    expect(await outsideFree(page, twente)).toEqual([]);
    await page
      .getByTestId('side-panel')
      .getByRole('button', { name: /^Close panel/ })
      .click();
    await expect.poll(() => page.evaluate(() => window.__atlas!.map.isMoving())).toBe(false);
    const closed = await view(page);
    expect(closed.zoom).toBeCloseTo(opening.zoom, 2);
    expect(closed.center[0]).toBeCloseTo(opening.center[0], 4);
    expect(closed.center[1]).toBeCloseTo(opening.center[1], 4);
  });

  test('on a desktop, a link that opens the programme overview shows Twente’s sites beside it', async ({ page }) => {
    await openAtlas(page, '#bm=none&panel=programme');
    await expectPanelTitle(page, 'Programme overview');
    expect(await outsideFree(page, twente)).toEqual([]);
  });

  test('a site clicked on the map opens its panel and the map stays where it is', async ({ page }) => {
    await openAtlas(page, '#bm=none');
    const site = siteById('high-tech-systems-park').geometry.coordinates as [number, number];
    const onScreen = () => page.evaluate((ll) => window.__atlas!.map.project(ll), site);
    const before = { ...(await onScreen()), zoom: (await view(page)).zoom };
    await clickSite(page, 'high-tech-systems-park');
    await expectPanelTitle(page, 'High Tech Systems Park');
    // The map takes the panel as its padding (the centre it reports moves into the free part), and nothing on
    // screen moves.
    await expect.poll(() => page.evaluate(() => window.__atlas!.map.getPadding().right)).toBeGreaterThan(300);
    expect(await page.evaluate(() => window.__atlas!.map.isMoving())).toBe(false);
    const after = await onScreen();
    expect(after.x).toBeCloseTo(before.x, 0);
    expect(after.y).toBeCloseTo(before.y, 0);
    expect((await view(page)).zoom).toBe(before.zoom);
  });

  test('a site clicked where the panel opens slides out beside it, and stays put after that', async ({ page }) => {
    await openAtlas(page, '#bm=none');
    // At the opening view Kennispark lies just inside the right 400 px of the map, where the panel opens.
    const kennispark = siteById('kennispark-twente').geometry.coordinates as [number, number];
    const map = (await page.getByTestId('map').boundingBox())!;
    const before = await page.evaluate((ll) => window.__atlas!.map.project(ll), kennispark);
    expect(before.x).toBeGreaterThan(map.width - 400);
    await clickSite(page, 'kennispark-twente');
    await expectPanelTitle(page, 'Kennispark Twente');
    await expect.poll(() => outsideFree(page, [kennispark])).toEqual([]);
    await page.screenshot({ path: 'test-results/screens/click-under-panel.png' });
    // Moved by no more than it takes: it is now near the panel's edge, not centred.
    const after = await page.evaluate((ll) => window.__atlas!.map.project(ll), kennispark);
    const panel = (await page.getByTestId('side-panel').boundingBox())!;
    expect(after.x).toBeGreaterThan(panel.x - map.x - 100);
    const settled = await view(page);
    await page.waitForTimeout(300);
    expect(await view(page)).toEqual(settled);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    test('a site tapped where the sheet opens comes up above it', async ({ page }) => {
      await openAtlas(page, '#bm=none');
      const map = (await page.getByTestId('map').boundingBox())!;
      const topLocations = sites.filter((site) => site.properties.kind === 'top-location').map((site) => ({ id: site.properties.id, at: site.geometry.coordinates as [number, number] }));
      const points = await page.evaluate((list) => list.map((s) => window.__atlas!.map.project(s.at)), topLocations);
      // The lowest one the sheet will cover (45 % of the map from the foot) that is not under the scale or attribution.
      const covered = topLocations
        .map((s, i) => ({ ...s, y: points[i]!.y, x: points[i]!.x }))
        .filter((s) => s.y > map.height * 0.6 && s.y < map.height - 60 && s.x > 30 && s.x < map.width - 30)
        .sort((a, b) => b.y - a.y)[0];
      expect(covered, 'a top location in the lower part of the opening view').toBeDefined();
      await clickSite(page, covered!.id);
      await expectPanelTitle(page, siteById(covered!.id).properties.name.en);
      await expect.poll(() => outsideFree(page, [covered!.at])).toEqual([]);
    });
    test('a comparison opened from a shared link', async ({ page }) => {
      await openAtlas(page, '#bm=none&panel=compare&cmp=kennispark-twente,xl-businesspark');
      await expectPanelTitle(page, 'Compare sites');
      expect(await outsideFree(page, compared)).toEqual([]);
    });
    test('opened from a shared link', async ({ page }) => {
      await openAtlas(page, `#bm=none&link=${maas.properties.id}`);
      await expectPanelTitle(page, maas.properties.name.en);
      expect(await outsideFree(page, ends)).toEqual([]);
    });
  });
});

for (const width of [1000, 1280]) {
  test(`a ${width} px desktop in Dutch: one header row, a usable search box, every overview reachable`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await openAtlas(page, '#lang=nl');
    const header = (await page.locator('.app-header').boundingBox())!;
    const frameHeight = await page.evaluate(
      () => parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--header-height')) * parseFloat(getComputedStyle(document.documentElement).fontSize),
    );
    expect(header.height, 'one row, as tall as the page frame’s header').toBeLessThanOrEqual(frameHeight + 1);
    const search = page.getByRole('combobox', { name: /Zoek/ });
    expect((await search.boundingBox())!.width).toBeGreaterThanOrEqual(200);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await openEachOverview(page, 'Overzichten', [
      ['Vergelijken', 'Locaties vergelijken'],
      ['Planner', 'Plannerinstrumenten'],
      ['Programma', 'Programma-overzicht'],
    ]);
    await search.fill('kennis');
    await expect(page.getByRole('listbox')).toContainText('Kennispark Twente');
  });
}

test.describe('map size', () => {
  // MapLibre sizes its canvas when it starts, and again on every resize, which reallocates WebGL's drawing
  // buffer (50–300 ms with software WebGL). The map starts in its place in the page's frame (index.html), so
  // where the interface gives it the same room, every size it is given is its final one.
  const recordCanvasSizes = (page: Page) =>
    page.addInitScript(() => {
      const record = window as unknown as { canvasSizes: Record<string, number[]> };
      record.canvasSizes = { width: [], height: [] };
      for (const side of ['width', 'height'] as const) {
        const property = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, side)!;
        Object.defineProperty(HTMLCanvasElement.prototype, side, {
          ...property,
          set(this: HTMLCanvasElement, value: number) {
            if (this.classList.contains('maplibregl-canvas')) record.canvasSizes[side]!.push(value);
            property.set!.call(this, value);
          },
        });
      }
    });
  /** Each size the canvas was given (once each), and its area's room on the page now. */
  const sizes = (page: Page) =>
    page.evaluate(() => {
      const { canvasSizes } = window as unknown as { canvasSizes: Record<string, number[]> };
      const area = document.querySelector<HTMLElement>('.map-canvas')!;
      const canvas = window.__atlas!.map.getCanvas();
      return {
        widths: [...new Set(canvasSizes.width)],
        heights: [...new Set(canvasSizes.height)],
        canvas: [canvas.clientWidth, canvas.clientHeight],
        area: [area.clientWidth, area.clientHeight],
      };
    });

  for (const [device, viewport, lang] of [
    ['a desktop', { width: 1280, height: 800 }, 'en'],
    ['a desktop', { width: 1280, height: 800 }, 'nl'],
    ['a small desktop', { width: 1000, height: 600 }, 'nl'],
    ['a phone', { width: 390, height: 844 }, 'en'],
    ['a phone on its side', { width: 844, height: 390 }, 'nl'],
    ['a tablet held upright', { width: 768, height: 1024 }, 'en'],
  ] as const) {
    test(`on ${device} (${lang}) the map starts at its final size`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await recordCanvasSizes(page);
      await openAtlas(page, `#lang=${lang}`);
      await waitForIdle(page);
      const { widths, heights, canvas, area } = await sizes(page);
      expect(canvas).toEqual(area);
      expect(area[0]).toBeGreaterThan(300);
      expect([widths, heights]).toEqual([[area[0]], [area[1]]]);
    });
  }

  test('a link that opens a tour starts the map at the presenter’s full-window size', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await recordCanvasSizes(page);
    await openAtlas(page, '#tour=twente&step=2');
    await waitForIdle(page);
    const { widths, heights, area } = await sizes(page);
    expect(area).toEqual([1280, 800]);
    expect([widths, heights]).toEqual([[1280], [800]]);
  });
});
