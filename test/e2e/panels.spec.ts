import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clickAt, clickSite, expectPanelTitle, links, openAtlas, pastPanelEdge, siteById, waitForIdle } from './driver';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const projects = JSON.parse(readFileSync(join(ROOT, 'data/projects.json'), 'utf8')).projects as Array<{
  id: string;
  budgets: Array<{ id: string; lines: Array<{ row: string; total: number; amounts: Record<string, number> }>; stated: { total: number } }>;
}>;
const panel = (page: Page) => page.getByTestId('side-panel');

async function readDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path!, 'utf8').replace(/^\ufeff/, '') };
}
const parseCsv = (text: string) =>
  text
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));

test('site panel: budget with discrepancy badge, funders table, partners by type, milestones, sources', async ({ page }) => {
  await openAtlas(page);
  await clickSite(page, 'kennispark-twente');
  await expectPanelTitle(page, 'Kennispark Twente');
  const budget = panel(page).getByTestId('site-budget');
  await expect(budget).toContainText('Row “Kennispark”: €64.0m');
  await expect(budget.getByTestId('discrepancy')).toContainText('€64,000,000');
  await expect(budget.getByTestId('discrepancy')).toContainText('€64,050,000');
  await expect(budget.getByTestId('funding-table')).toContainText('Other public');
  await expect(budget.locator('[data-exact="36500000"]').first()).toHaveText('€36.5m');
  await expect(budget.locator('[data-exact="36500000"]').first()).toHaveAttribute('title', '€36,500,000');
  await expect(panel(page).getByTestId('site-partners')).toContainText('Knowledge institutions');
  await expect(panel(page)).toContainText('Gallery Kennispark foreseen');
  await expect(panel(page).getByTestId('sources')).toContainText('Regio Deal Twente — project proposals (Regio Twente / Twente Board, 2019)');
  await page.screenshot({ path: 'test-results/screens/site-panel.png' });
});

test('a site whose line adds up shows no discrepancy badge', async ({ page }) => {
  await openAtlas(page, '#site=xl-businesspark');
  await expect(panel(page).getByTestId('site-budget')).toContainText('€4.6m');
  await expect(panel(page).getByTestId('discrepancy')).toHaveCount(0);
});

test('project panel from a site, with the full table, stated vs computed and a badge', async ({ page }) => {
  await openAtlas(page, '#site=kennispark-twente');
  await panel(page).getByRole('button', { name: 'Area development and accessibility of the top work locations' }).first().click();
  await expectPanelTitle(page, 'Area development and accessibility of the top work locations');
  const table = panel(page).getByTestId('budget-twl-budget');
  await expect(table).toContainText('Rows added up (computed)');
  await expect(table.getByTestId('discrepancy').first()).toContainText('€92,300,000');
  await expect(table.locator('.num--differs').first()).toBeVisible();
  await expect(page).toHaveURL(/project=gebiedsontwikkeling-bereikbaarheid-topwerklocaties/);
  await page.screenshot({ path: 'test-results/screens/project-panel.png' });
});

test('partner panel lists sites and projects and highlights the sites on the map', async ({ page }) => {
  await openAtlas(page, '#site=high-tech-systems-park');
  await panel(page)
    .getByRole('button', { name: /^Thales/ })
    .click();
  await expectPanelTitle(page, 'Thales');
  await expect(panel(page).getByTestId('partner-sites')).toContainText('High Tech Systems Park');
  await expect(panel(page).getByTestId('partner-projects')).toContainText('Area development');
  await expect.poll(() => page.evaluate(() => window.__atlas!.map.getFeatureState({ source: 'sites', id: 'open-source-building-htsp' }).related)).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => window.__atlas!.map.getFeatureState({ source: 'sites', id: 'open-source-building-htsp' }).related)).toBe(false);
});

test('link panel from the map shows mode, status, project, partners and length', async ({ page }) => {
  const water = links.find((l) => l.properties.id === 'water-xl-park-twentekanaal')!;
  const point = water.geometry.coordinates[3]!;
  await openAtlas(page, `#map=12/${point[1]}/${point[0]}`);
  await clickAt(page, point);
  await expectPanelTitle(page, water.properties.name.en);
  await expect(panel(page)).toContainText('Water · Existing');
  await expect(panel(page)).toContainText(/Length\s*\d+(\.\d)? km/);
  await expect(panel(page).getByRole('button', { name: 'Combi Terminal Twente (CTT)' })).toBeVisible();
});

test.describe('search', () => {
  test('by keyboard: type, arrows, Enter — a partner, a project, a site', async ({ page }) => {
    await openAtlas(page);
    const box = page.getByRole('combobox', { name: 'Search sites, partners and projects' });
    await box.fill('thal');
    await expect(page.getByRole('listbox')).toContainText('Thales');
    await box.press('Enter');
    await expectPanelTitle(page, 'Thales');
    await box.fill('leonardo');
    await box.press('Enter');
    await expectPanelTitle(page, 'Leonardo');
    await box.fill('hengelo');
    await box.press('ArrowDown');
    await expect(page.getByRole('listbox').getByRole('option', { selected: true })).toBeVisible();
    const chosen = (await page.getByRole('listbox').getByRole('option', { selected: true }).textContent())!;
    await box.press('Enter');
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
      chosen
        .replace(/^Site\s*/, '')
        .replace(/\s*Hengelo$/, '')
        .trim(),
    );
    await waitForIdle(page);
    expect(await page.evaluate(() => window.__atlas!.map.getZoom())).toBeGreaterThan(12);
  });

  test('says so when nothing matches', async ({ page }) => {
    await openAtlas(page);
    await page.getByRole('combobox', { name: /search/i }).fill('zzzz');
    await expect(page.getByRole('listbox')).toContainText('Nothing found for “zzzz”');
  });
});

test('compare three sites: budgets by funder, shared partners, distances, CSV', async ({ page }) => {
  await openAtlas(page);
  // XL-Park and the House of Logistics share Port of Twente; Kennispark shares none of its own partners with them.
  for (const id of ['kennispark-twente', 'xl-businesspark', 'twents-huis-logistiek']) {
    await page.evaluate((site) => window.__atlas!.store.getState().select({ kind: 'site', id: site }), id);
    await panel(page).getByRole('button', { name: '+ Compare' }).click();
    await expect(panel(page).getByRole('button', { name: '✓ Comparing' })).toBeVisible();
  }
  await page.getByRole('button', { name: /^Compare/ }).click();
  await expectPanelTitle(page, 'Compare sites');
  const table = panel(page).getByTestId('compare-table');
  await expect(table.locator('thead th')).toHaveCount(4);
  await expect(table).toContainText('€64.0m');
  await expect(table).toContainText('€4.6m');
  await table.getByText('1 shared').first().click();
  await expect(table.locator('li.shared').first()).toContainText('Port of Twente');
  await expect(table.getByText(/^\d+ shared$/)).toHaveCount(2);
  await expect(panel(page).getByTestId('distance-table')).toContainText(/\d+\.\d km/);
  await expect(page).toHaveURL(/panel=compare&cmp=kennispark-twente,xl-businesspark,twents-huis-logistiek/);
  const { name, text } = await readDownload(page, () => panel(page).getByRole('button', { name: 'Export compare.csv as CSV' }).click());
  expect(name).toBe('compare.csv');
  const rows = parseCsv(text);
  expect(rows[0]!.slice(0, 3)).toEqual(['site', 'municipality', 'budget_stated_eur']);
  expect(rows[1]!.slice(0, 3)).toEqual(['Kennispark Twente', 'Enschede', '64000000']);
  await page.screenshot({ path: 'test-results/screens/compare.png' });
});

test('four compared sites: the distances fit the panel on a desktop (site names wrap in the column heads)', async ({ page }) => {
  await openAtlas(page, '#panel=compare&cmp=kennispark-twente,high-tech-systems-park,technology-base-twente,xl-businesspark');
  const box = panel(page).getByTestId('distance-table').locator('xpath=..');
  await expect(box).toHaveClass(/table-scroll/);
  const { scrollWidth, clientWidth } = await box.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
  expect(scrollWidth, 'the distance table scrolls sideways').toBeLessThanOrEqual(clientWidth);
  // The figures themselves never wrap.
  const figureWraps = await panel(page)
    .getByTestId('distance-table')
    .locator('td.num')
    .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).whiteSpace));
  expect(new Set(figureWraps)).toEqual(new Set(['nowrap']));
});

test('CSV of a budget table matches the data file', async ({ page }) => {
  await openAtlas(page, '#project=gebiedsontwikkeling-bereikbaarheid-topwerklocaties');
  const { text } = await readDownload(page, () => panel(page).getByRole('button', { name: 'Export twl-budget.csv as CSV' }).click());
  const rows = parseCsv(text);
  const table = projects.find((p) => p.id === 'gebiedsontwikkeling-bereikbaarheid-topwerklocaties')!.budgets[0]!;
  expect(rows[0]).toEqual(['line', 'total_stated_eur', 'private_eur', 'education_eur', 'municipality_eur', 'province_eur', 'otherPublic_eur', 'national_eur', 'funders_sum_eur']);
  for (const line of table.lines) {
    const row = rows.find((r) => r[0] === line.row || r[0] === `"${line.row}"`)!;
    expect(Number(row[1])).toBe(line.total);
    expect(Number(row[7])).toBe(line.amounts.national ?? 0);
  }
  expect(rows.at(-2)![1]).toBe(String(table.stated.total));
  expect(rows.at(-1)!.join(',')).toContain('Regio Deal Twente — project proposals (Regio Twente / Twente Board, 2019)');
});

test('programme overview: totals by funder and action line, sortable projects', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('button', { name: 'Programme' }).click();
  await expectPanelTitle(page, 'Programme overview');
  await expect(panel(page)).toContainText('€172m');
  await expect(panel(page).getByTestId('theme-table')).toContainText('Accessibility & business climate');
  const table = panel(page).getByTestId('projects-table');
  await expect(table.locator('tbody tr').first()).toContainText('Area development');
  await table.getByRole('button', { name: /^Project/ }).click();
  await expect(table.locator('thead th').first()).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.locator('tbody tr').first()).toContainText('(House of) Skills Twente');
  await expect(panel(page)).toContainText('Regio Deal Twente II');
  await page.screenshot({ path: 'test-results/screens/programme.png' });
});

test('filters act on the map and the lists together', async ({ page }) => {
  await openAtlas(page, '#map=8.4/52.44/6.42');
  await page.locator('.filters summary').click();
  await page.locator('input[data-filter="regions:west-overijssel"]').check();
  await waitForIdle(page);
  const onMap = await page.evaluate(() => [...new Set(window.__atlas!.map.queryRenderedFeatures({ layers: ['sites-symbol'] }).map((f) => String(f.properties.id)))].sort());
  expect(onMap).toEqual(['a1-bedrijvenpark-deventer', 'hessenpoort-zwolle', 'polymer-science-park-zwolle', 's-park-deventer', 'tapijtcluster-genemuiden-hasselt']);
  await expect(page.locator('#sites li')).toHaveCount(5);
  await expect(page).toHaveURL(/f=region:west-overijssel/);
  await page.getByRole('button', { name: 'Programme' }).click();
  await expect(panel(page).getByTestId('projects-table').locator('tbody tr')).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.locator('#sites li')).toHaveCount(27);
});

test('the panel is resizable by keyboard and collapsible', async ({ page }) => {
  await openAtlas(page, '#site=kennispark-twente');
  const before = (await panel(page).boundingBox())!.width;
  await page.getByRole('separator', { name: 'Resize panel' }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await panel(page).boundingBox())!.width).toBeGreaterThan(before + 50);
  await panel(page).getByRole('button', { name: 'Collapse panel' }).click();
  await expect(panel(page).getByTestId('site-budget')).toHaveCount(0);
  await panel(page).getByRole('button', { name: 'Expand panel' }).click();
  await expect(panel(page).getByTestId('site-budget')).toBeVisible();
});

/**
 * Scrolls the open panel to its end, then checks what a user sees at its top: the title, nothing of the content
 * above or beside it, and a close button that a click at its place hits (no scrolling it into view first).
 */
async function headerStaysWhenScrolled(page: Page, hash: string, title: string) {
  await openAtlas(page, hash);
  await panel(page).evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect.poll(() => panel(page).evaluate((element) => element.scrollTop)).toBeGreaterThan(100);
  const frame = (await panel(page).boundingBox())!;
  const heading = (await panel(page).getByRole('heading', { level: 2, name: title }).boundingBox())!;
  expect(heading.y).toBeGreaterThanOrEqual(frame.y);
  expect(heading.y).toBeLessThan(frame.y + 40);
  // Across its whole width, at its top edge and at the title's height, the header is on top: neither scrolled
  // content nor a table's sticky first column shows over it.
  const points = [0.05, 0.15, 0.3, 0.5].flatMap((share) => [frame.y + 3, heading.y + heading.height / 2].map((y) => ({ x: frame.x + frame.width * share, y })));
  const covered = await page.evaluate((list) => list.filter(({ x, y }) => !document.elementFromPoint(x, y)?.closest('.side-panel__header')), points);
  expect(covered, 'points of the header covered by scrolled content').toEqual([]);
  const close = (await panel(page).getByRole('button', { name: 'Close panel (Escape)' }).boundingBox())!;
  const at = { x: close.x + close.width / 2, y: close.y + close.height / 2 };
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('aria-label'), at)).toBe('Close panel (Escape)');
  await page.mouse.click(at.x, at.y);
  await expect(panel(page)).toHaveCount(0);
}

const SCROLLED_PANELS = [
  ['#site=kennispark-twente', 'Kennispark Twente'],
  // A comparison's tables keep their first column in view while they scroll sideways (sticky, over the cells).
  ['#panel=compare&cmp=kennispark-twente,high-tech-systems-park,technology-base-twente,xl-businesspark', 'Compare sites'],
] as const;

test.describe('on a short desktop window', () => {
  test.use({ viewport: { width: 1280, height: 560 } });
  for (const [hash, title] of SCROLLED_PANELS) {
    test(`a panel’s title and buttons stay at its top while it scrolls: ${title}`, async ({ page }) => {
      await headerStaysWhenScrolled(page, hash, title);
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const [hash, title] of SCROLLED_PANELS) {
    test(`the sheet’s title and buttons stay at its top while it scrolls: ${title}`, async ({ page }) => {
      await headerStaysWhenScrolled(page, hash, title);
    });
  }

  test('the sheet pulled up to full height leaves a strip of map with the site in it; let down, it is half again', async ({ page }) => {
    await openAtlas(page, '#site=kennispark-twente');
    const map = (await page.getByTestId('map').boundingBox())!;
    const sheetTop = async () => (await panel(page).boundingBox())!.y - map.y;
    await expect.poll(sheetTop).toBeCloseTo(map.height * 0.55, -1);
    const tall = panel(page).getByRole('button', { name: 'Panel at full height' });
    await expect(tall).toHaveAttribute('aria-pressed', 'false');
    await tall.click();
    await expect.poll(sheetTop).toBeCloseTo(map.height * 0.15, -1);
    await expect(tall).toHaveAttribute('aria-pressed', 'true');
    // The site moves into the strip; the scale and the attribution keep above the sheet.
    const strip = await sheetTop();
    const site = () => page.evaluate((lngLat) => window.__atlas!.map.project(lngLat).y, siteById('kennispark-twente').geometry.coordinates as [number, number]);
    await expect
      .poll(async () => {
        const y = await site();
        return y > 0 && y < strip;
      })
      .toBe(true);
    const controls = (await page.locator('.maplibregl-ctrl-bottom-left').boundingBox())!;
    expect(controls.y + controls.height - map.y).toBeLessThanOrEqual((await sheetTop()) + 1);
    // Another site keeps the sheet as the reader left it.
    await page.evaluate(() => window.__atlas!.store.getState().select({ kind: 'site', id: 'oyfo-hengelo' }));
    await expectPanelTitle(page, 'Oyfo');
    await expect.poll(sheetTop).toBeCloseTo(map.height * 0.15, -1);
    await tall.click();
    await expect.poll(sheetTop).toBeCloseTo(map.height * 0.55, -1);
  });

  test('a scrolled sheet’s header has a line under it, and none at the top', async ({ page }) => {
    await openAtlas(page, '#site=kennispark-twente');
    const line = () =>
      panel(page)
        .locator('.side-panel__header')
        .evaluate((element) => getComputedStyle(element, '::after').content);
    expect(await line()).toBe('none');
    await panel(page).evaluate((element) => (element.scrollTop = 200));
    await expect.poll(line).not.toBe('none');
  });

  test('a long title takes one line while the sheet is scrolled, and all its lines at the top', async ({ page }) => {
    await openAtlas(page, '#project=gebiedsontwikkeling-bereikbaarheid-topwerklocaties');
    const header = panel(page).locator('.side-panel__header');
    const title = panel(page).getByRole('heading', { level: 2 });
    const heights = async () => ({ header: (await header.boundingBox())!.height, title: (await title.boundingBox())!.height });
    const atTop = await heights();
    expect(atTop.title, 'the title wraps at the top (a long one, on a phone)').toBeGreaterThan(60);
    await panel(page).evaluate((element) => (element.scrollTop = 400));
    await expect.poll(async () => (await heights()).header).toBeLessThan(60);
    expect((await heights()).title).toBeLessThan(35);
    await expect(title).toHaveText('Area development and accessibility of the top work locations');
    expect(await title.evaluate((element) => element.scrollWidth > element.clientWidth), 'cut short, not hidden').toBe(true);
    await panel(page).evaluate((element) => (element.scrollTop = 0));
    await expect.poll(async () => (await heights()).title).toBe(atTop.title);
  });
});

test('a desktop panel has no pull-up button (only a phone’s sheet has one)', async ({ page }) => {
  await openAtlas(page, '#site=kennispark-twente');
  await expect(panel(page).getByRole('button', { name: 'Close panel (Escape)' })).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Panel at full height' })).toBeHidden();
});

const EVERY_PANEL = [
  '#site=kennispark-twente',
  '#site=xl-park-quay',
  '#project=gebiedsontwikkeling-bereikbaarheid-topwerklocaties',
  '#project=regio-deal-twente-ii',
  '#partner=thales',
  '#link=maas-kennispark-htsp',
  '#panel=programme',
  '#panel=compare&cmp=kennispark-twente,high-tech-systems-park,technology-base-twente,xl-businesspark',
];
for (const [name, size] of [
  ['a desktop', { width: 1280, height: 800 }],
  ['a phone', { width: 390, height: 844 }],
] as const) {
  test.describe(`on ${name}`, () => {
    test.use({ viewport: size });
    test('no panel runs past its edge (wide tables scroll within it)', async ({ page }) => {
      await openAtlas(page);
      for (const hash of EVERY_PANEL) {
        await page.evaluate((h) => (window.location.hash = h), hash);
        await expect(panel(page)).toBeVisible();
        await expect(panel(page).getByRole('heading', { level: 2 })).not.toHaveText('');
        expect(await pastPanelEdge(page), hash).toEqual([]);
      }
    });
  });
}
