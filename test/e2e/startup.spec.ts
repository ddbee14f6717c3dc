// Start-up: the interface is live from its first paint. Nothing a user does then is lost or replayed later.
import { expect, test } from '@playwright/test';
import { blockExternal } from './driver';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('typing, choosing and pasting right at the first paint of the interface all take effect at once', async ({ page }) => {
  await blockExternal(page);
  await page.goto('/#bm=none');
  const search = page.getByRole('combobox', { name: 'Search sites, partners and projects' });
  // As soon as the search box is painted, without waiting for the map.
  await search.waitFor();
  await search.focus();
  await page.keyboard.type('Kennis');
  // Read at once, not polled: input held back and replayed later would fail here.
  expect(await search.inputValue()).toBe('Kennis');
  await expect(page.getByRole('option', { name: /Kennispark Twente/ }).first()).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.evaluate(() => navigator.clipboard.writeText('Oyfo'));
  await page.keyboard.press('Control+V');
  expect(await search.inputValue()).toBe('Oyfo');
  await page.getByTestId('language').selectOption('nl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page).toHaveURL(/lang=nl/);
});
