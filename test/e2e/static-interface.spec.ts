// The interface as the build wrote it into the page (src/prerender/, src/startup/): on screen before the map
// has drawn, in the reader's language, and taken over by React (the same elements, not rendered again) once
// the map has drawn or the user first presses a key or a pointer.
import { expect, test, type Page } from '@playwright/test';
import { blockExternal, expectPanelTitle, waitForMapReady, watchConsole } from './driver';

/** Notes, on the page's clock, when the sites list first appears, its first heading then, and the element itself. */
async function watchFirstList(page: Page) {
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      const list = document.getElementById('sites');
      if (!list) return;
      seen.disconnect();
      const panel = document.querySelector('[data-testid="side-panel"]') !== null;
      const busy = document.getElementById('root')?.getAttribute('aria-busy') ?? null;
      Object.assign(window, { __firstList: { at: performance.now(), heading: list.querySelector('h2')?.textContent, element: list, panel, busy } });
    });
    seen.observe(document, { childList: true, subtree: true });
  });
}

const firstList = (page: Page) =>
  page.evaluate(() => {
    const first = (window as unknown as { __firstList: { at: number; heading: string; element: Element; panel: boolean; busy: string | null } }).__firstList;
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    return {
      at: first.at,
      heading: first.heading,
      dataAt: mark('atlas:data-ready'),
      liveAt: mark('atlas:interface-live'),
      readyAt: window.__atlas!.readyAt!,
      same: first.element === document.getElementById('sites'),
      withPanel: first.panel,
      busyThen: first.busy,
      busyNow: document.getElementById('root')!.getAttribute('aria-busy'),
    };
  });

/** Opens the atlas at `hash`, offline, watching the console and the list's first appearance, until the map is ready. */
async function openWatchingFirstList(page: Page, hash: string) {
  const errors = watchConsole(page);
  await watchFirstList(page);
  await blockExternal(page);
  await page.goto(`/${hash}`);
  await waitForMapReady(page);
  return { errors, first: await firstList(page) };
}

test('the interface is on screen before the map has drawn, and the same elements go live with it', async ({ page }) => {
  const { errors, first } = await openWatchingFirstList(page, '#bm=none');
  // Before the data has even arrived (React could not have rendered it yet), and live once the map had drawn.
  expect(first.at).toBeLessThan(first.dataAt!);
  expect(first.heading).toBe('Top work locations 9');
  expect(first.liveAt).toBeGreaterThanOrEqual(first.readyAt);
  expect(first.same).toBe(true);
  // Busy (a progress cursor) while presses had nothing to act on, not after.
  expect([first.busyThen, first.busyNow]).toEqual(['true', null]);
  // Live: the list's buttons work, and the link's basemap is the one chosen.
  await expect(page.getByRole('radio', { name: 'None' })).toBeChecked();
  await page.getByRole('button', { name: 'High Tech Systems Park', exact: true }).click();
  await expectPanelTitle(page, 'High Tech Systems Park');
  expect(errors).toEqual([]);
});

test.describe('a Dutch browser', () => {
  test.use({ locale: 'nl-NL' });
  test('sees the Dutch interface from the start, never the English one', async ({ page }) => {
    const { errors, first } = await openWatchingFirstList(page, '');
    expect(first.heading).toBe('Topwerklocaties 9');
    expect(first.at).toBeLessThan(first.dataAt!);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(errors).toEqual([]);
  });
});

test('a press before the map has drawn brings the interface to life, and is handled', async ({ page }) => {
  const errors = watchConsole(page);
  await blockExternal(page);
  // PDOK's tiles (the default basemap) answer late, so the map is still loading when the list is used.
  await page.route(/service\.pdok\.nl/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 4000));
    await route.abort('internetdisconnected').catch(() => undefined);
  });
  await page.goto('/');
  await page.waitForFunction(() => performance.getEntriesByName('atlas:data-ready').length > 0);
  await page.getByRole('button', { name: 'Technology Base Twente', exact: true }).click();
  await expectPanelTitle(page, 'Technology Base Twente');
  expect(await page.evaluate(() => window.__atlas?.ready === true)).toBe(false);
  expect(await page.evaluate(() => performance.getEntriesByName('atlas:interface-live').length)).toBe(1);
  await waitForMapReady(page);
  expect(errors).toEqual([]);
});

test('a link that names a selection opens without the static interface, with its panel at once', async ({ page }) => {
  const { errors, first } = await openWatchingFirstList(page, '#site=kennispark-twente');
  await expectPanelTitle(page, 'Kennispark Twente');
  // The interface's own first render (no markup to take over), with the panel in it from the start.
  expect(first.withPanel).toBe(true);
  expect(first.same).toBe(true);
  expect(await page.evaluate(() => performance.getEntriesByName('atlas:interface-live').length)).toBe(0);
  expect(errors).toEqual([]);
});

/** Holds back the file the page asks for at `path` until `open` is called; `asked` says whether it has been asked. */
async function holdFile(page: Page, path: RegExp) {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let asked = false;
  await page.route(path, async (route) => {
    asked = true;
    await gate;
    await route.continue();
  });
  return { open: () => open(), asked: () => asked };
}

/** The interface's own code (its chunk), held back. */
const holdInterfaceCode = (page: Page) => holdFile(page, /\/assets\/liveInterface-[\w-]+\.js$/);

test('presses and typing before the interface’s code has come are held, then handled in order', async ({ page }) => {
  const errors = watchConsole(page);
  await blockExternal(page);
  const code = await holdInterfaceCode(page);
  await page.goto('/#bm=none');
  // The markup is on screen; its code is on its way but held back, so nothing here can act yet.
  await page.getByRole('button', { name: 'Technology Base Twente', exact: true }).click();
  const search = page.getByRole('combobox', { name: 'Search sites, partners and projects' });
  await search.click();
  await search.pressSequentially('thal');
  await search.press('ArrowDown');
  expect(code.asked()).toBe(true);
  await expect(search).toHaveValue('');
  await expect(page.getByTestId('side-panel')).toHaveCount(0);
  // Once it has come, the presses are handled as they came: the site's panel, then the search with its results.
  code.open();
  await expectPanelTitle(page, 'Technology Base Twente');
  await expect(search).toHaveValue('thal');
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  await expect(search).toBeFocused();
  await search.press('Enter');
  await expectPanelTitle(page, 'Thales');
  await waitForMapReady(page);
  expect(errors).toEqual([]);
});

test('when the interface’s code cannot be loaded, the page says so, and the map still draws', async ({ page }) => {
  const errors = watchConsole(page);
  await blockExternal(page);
  await page.route(/\/assets\/liveInterface-[\w-]+\.js$/, (route) => route.abort('connectionreset'));
  await page.goto('/#bm=none');
  await expect(page.getByRole('alert')).toHaveText('The atlas’s controls could not be loaded. Reload the page to try again.');
  await waitForMapReady(page);
  expect(errors.some((error) => error.includes('[interface] its code could not be loaded'))).toBe(true);
});

test('a press before the data has come is held too, and handled once the interface is live', async ({ page }) => {
  const errors = watchConsole(page);
  await blockExternal(page);
  const sites = await holdFile(page, /\/assets\/sites-[\w-]+\.geojson$/);
  await page.goto('/#bm=none');
  await page.getByRole('button', { name: 'High Tech Systems Park', exact: true }).click();
  expect(sites.asked()).toBe(true);
  expect(await page.evaluate(() => performance.getEntriesByName('atlas:data-ready').length)).toBe(0);
  sites.open();
  await expectPanelTitle(page, 'High Tech Systems Park');
  await waitForMapReady(page);
  expect(errors).toEqual([]);
});

test('a language chosen before the interface’s code has come is the one it goes live in', async ({ page }) => {
  const errors = watchConsole(page);
  await blockExternal(page);
  const code = await holdInterfaceCode(page);
  await page.goto('/#bm=none');
  await page.getByTestId('language').selectOption('nl');
  await expect(page.getByRole('heading', { name: 'Top work locations 9' })).toBeVisible();
  code.open();
  await expect(page.getByRole('heading', { name: 'Topwerklocaties 9' })).toBeVisible();
  await expect(page.getByTestId('language')).toHaveValue('nl');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  await waitForMapReady(page);
  expect(errors).toEqual([]);
});
