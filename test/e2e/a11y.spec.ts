import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openAtlas, waitForIdle } from './driver';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
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
  for (const [name, hash] of [['map', ''], ['site panel', '#site=xl-businesspark'], ['tour', '#tour=twente&step=3']] as const) {
    test(`no serious or critical violations: ${name}`, async ({ page }) => {
      await openAtlas(page, hash);
      await waitForIdle(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

test.describe('on a phone turned on its side (844×390)', () => {
  test.use({ viewport: { width: 844, height: 390 }, hasTouch: true, isMobile: true });
  for (const [name, hash] of [['site panel', '#site=kennispark-twente'], ['tour', '#tour=twente&step=2']] as const) {
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

test('a keyboard user who opens a site lands on its panel heading, and focus follows to the next site opened', async ({ page }) => {
  await openAtlas(page);
  const oyfo = page.getByRole('button', { name: 'Oyfo' });
  await oyfo.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByTestId('side-panel').getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('Oyfo');
  await expect(heading).toBeFocused();
  // A second site opened straight after: focus follows the panel now shown, not the one before.
  await page.getByRole('button', { name: 'Kennispark Twente' }).first().click();
  await expect(heading).toHaveText('Kennispark Twente');
  await expect(heading).toBeFocused();
});
