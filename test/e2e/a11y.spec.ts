import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { clickAt, openAtlas, waitForIdle } from './driver';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

const VIEWS: Array<[string, string]> = [
  ['map', ''],
  ['site panel', '#site=kennispark-twente'],
  ['project panel', '#project=gebiedsontwikkeling-bereikbaarheid-topwerklocaties'],
  ['partner panel', '#partner=thales'],
  ['link panel', '#link=water-xl-park-twentekanaal'],
  ['programme', '#panel=programme'],
  ['compare', '#panel=compare&cmp=kennispark-twente,xl-businesspark'],
  ['planner', '#panel=planner'],
  ['tour', '#tour=twente&step=2'],
];

for (const [name, hash] of VIEWS) {
  test(`no serious or critical accessibility violations: ${name}`, async ({ page }) => {
    await openAtlas(page, hash);
    await waitForIdle(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('a skip link leads keyboard users past the header to the sites list', async ({ page }) => {
  await openAtlas(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the sites list' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#sites')).toBeFocused();
});

test('selections are announced to screen readers', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('button', { name: 'Oyfo' }).click();
  await expect(page.getByTestId('announcer')).toHaveText('Selected: Oyfo (Creative breeding ground)');
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const [name, hash] of [
    ['map', ''],
    ['site panel', '#site=xl-businesspark'],
    ['tour', '#tour=twente&step=3'],
  ] as const) {
    test(`no serious or critical violations: ${name}`, async ({ page }) => {
      await openAtlas(page, hash);
      await waitForIdle(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('a site picked from the drawer, its sheet closed by keyboard: the focus goes to the drawer’s toggle', async ({ page }) => {
    await openAtlas(page);
    const toggle = page.getByRole('button', { name: 'Layers & sites' });
    await toggle.click();
    const oyfo = page.getByRole('button', { name: 'Oyfo' });
    await oyfo.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByTestId('side-panel').getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    // Picking a site closed the drawer, so the list item is hidden.
    await expect(oyfo).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('side-panel')).toHaveCount(0);
    await expect(toggle).toBeFocused();
  });
});

test.describe('on a phone turned on its side (844×390)', () => {
  test.use({ viewport: { width: 844, height: 390 }, hasTouch: true, isMobile: true });
  for (const [name, hash] of [
    ['site panel', '#site=kennispark-twente'],
    ['tour', '#tour=twente&step=2'],
  ] as const) {
    test(`no serious or critical violations: ${name}`, async ({ page }) => {
      await openAtlas(page, hash);
      await waitForIdle(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
  test('no serious or critical violations: a folded panel', async ({ page }) => {
    await openAtlas(page, '#site=kennispark-twente');
    await page.getByTestId('side-panel').getByRole('button', { name: 'Collapse panel' }).click();
    await expect(page.getByTestId('side-panel').getByRole('button', { name: 'Expand panel' })).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('the built app carries a Content Security Policy and breaks none of its rules', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await openAtlas(page, '#tour=twente&step=2');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'.*object-src 'none'/);
  await page.keyboard.press('ArrowRight');
  await waitForIdle(page);
  expect(violations).toEqual([]);
});

/** Opens Oyfo from the sites list by keyboard; its panel's heading takes the focus. */
async function openOyfoByKeyboard(page: Page) {
  const oyfo = page.getByRole('button', { name: 'Oyfo' });
  await oyfo.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByTestId('side-panel').getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  return { oyfo, heading };
}

test('closing a panel by keyboard puts the focus back on what opened it', async ({ page }) => {
  await openAtlas(page);
  const { oyfo, heading } = await openOyfoByKeyboard(page);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('side-panel')).toHaveCount(0);
  await expect(oyfo).toBeFocused();

  // From the search box, closed with the panel's close button (reached by keyboard).
  const search = page.getByRole('combobox', { name: 'Search sites, partners and projects' });
  await search.fill('thal');
  await search.press('Enter');
  await expect(heading).toHaveText('Thales');
  await expect(heading).toBeFocused();
  await page.getByRole('button', { name: 'Close panel (Escape)' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('side-panel')).toHaveCount(0);
  await expect(search).toBeFocused();

  // Closed by a click on the map's empty land instead: the focus stays with the map, not back in the list.
  await oyfo.focus();
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Oyfo');
  await waitForIdle(page);
  const empty = await page.evaluate(() => {
    const map = window.__atlas!.map;
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    for (let y = 80; y < height - 80; y += 40)
      for (let x = 40; x < width / 2; x += 40) {
        const near = map
          .queryRenderedFeatures([
            [x - 15, y - 15],
            [x + 15, y + 15],
          ])
          .filter((f) => ['sites', 'links', 'outlines'].includes(f.source));
        if (near.length === 0) return map.unproject([x, y]).toArray() as [number, number];
      }
    return null;
  });
  expect(empty, 'an empty spot on the map').not.toBeNull();
  await clickAt(page, empty!);
  await expect(page.getByTestId('side-panel')).toHaveCount(0);
  await expect(oyfo).not.toBeFocused();
});

test('a keyboard user who opens a site lands on its panel heading, and focus follows to the next site opened', async ({ page }) => {
  await openAtlas(page);
  const { heading } = await openOyfoByKeyboard(page);
  await expect(heading).toHaveText('Oyfo');
  // A second site opened straight after: focus follows the panel now shown, not the one before.
  await page.getByRole('button', { name: 'Kennispark Twente' }).first().click();
  await expect(heading).toHaveText('Kennispark Twente');
  await expect(heading).toBeFocused();
});

test('keyboard shortcuts: / goes to the search box, ? lists the shortcuts in a dialog that Escape closes alone', async ({ page }) => {
  await openAtlas(page, '#site=kennispark-twente');
  const search = page.getByRole('combobox', { name: 'Search sites, partners and projects' });
  const oyfo = page.getByRole('button', { name: 'Oyfo' });
  await oyfo.focus();
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await expect(search, 'the / is not typed into the box').toHaveValue('');
  // In the box, signs are text: / and ? are typed, no dialog opens.
  await page.keyboard.type('a/b?');
  await expect(search).toHaveValue('a/b?');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await search.fill('');

  await oyfo.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog).toContainText('Search sites, partners and projects');
  await expect(dialog).toContainText('Leave the tour');
  expect(await seriousViolations(page)).toEqual([]);
  // Modal: the page behind takes no focus while it is open.
  const behindTakesFocus = await page.evaluate(() => {
    const behind = document.querySelector<HTMLElement>('.sidebar button')!;
    behind.focus();
    return document.activeElement === behind;
  });
  expect(behindTakesFocus).toBe(false);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('side-panel'), 'Escape closed the dialog, not the panel behind it').toBeVisible();
  await expect(oyfo, 'the focus is back where it was').toBeFocused();

  // From the sidebar's button, in Dutch; closed with its button.
  await page.getByTestId('language').selectOption('nl');
  await page.getByRole('button', { name: /^Sneltoetsen/ }).click();
  const dutch = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(dutch).toContainText('De rondleiding verlaten');
  await dutch.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dutch).toHaveCount(0);
});
