// The bench reaches every measured page from a page of another site (scripts/bench/arrive.mjs): opened from the
// same process's about:blank, the blank page's teardown blocked the measured page about a second in.
import { describe, expect, it } from 'vitest';
import { START_PAGE } from '../../scripts/bench/arrive.mjs';
import { openPage } from '../../scripts/bench/measure.mjs';

function fakeBrowser() {
  const visited: string[] = [];
  const contextOptions: unknown[] = [];
  const page = {
    goto: async (url: string) => void visited.push(url),
    on: () => undefined,
    waitForFunction: async () => undefined,
    evaluate: async () => 812,
  };
  const context = { route: async () => undefined, newPage: async () => page };
  const newContext = async (options: unknown) => {
    contextOptions.push(options);
    return context;
  };
  return { browser: { newContext }, visited, contextOptions };
}

describe('the bench’s way to a measured page', () => {
  it('goes there from a page of another site, not from the fresh page’s blank one', async () => {
    const { browser, visited } = fakeBrowser();
    const opened = await openPage(browser, 'http://127.0.0.1:4173/#bm=none', { readyFlag: '__atlas', timeoutMs: 1000 });
    expect(visited).toEqual([START_PAGE, 'http://127.0.0.1:4173/#bm=none']);
    expect(opened.readyAt).toBe(812); // the page's own first-idle time, read once
  });

  it('lets a first visit register its service worker and keeps it out of pages opened for clicks', async () => {
    const { browser, contextOptions } = fakeBrowser();
    await openPage(browser, 'http://127.0.0.1:4173/#bm=none', { readyFlag: '__atlas', timeoutMs: 1000, firstVisit: true });
    await openPage(browser, 'http://127.0.0.1:4173/#bm=none', { readyFlag: '__atlas', timeoutMs: 1000 });
    expect(contextOptions).toMatchObject([{ serviceWorkers: 'allow' }, { serviceWorkers: 'block' }]);
  });

  it('starts on a page with no site of its own, so the measured page gets its own process', () => {
    const start = new URL(START_PAGE);
    expect(start.protocol).toBe('data:');
    expect(start.origin).toBe('null');
  });
});
