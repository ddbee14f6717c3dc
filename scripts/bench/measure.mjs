// What the bench measures in the browser. Every page is opened in a fresh context (no cache, no service
// worker installed), reached from a page of another site (arrive.mjs), every external request is refused (as
// in the tests), and times come from the page's own clock. Loads to first idle are first visits as a visitor's
// browser makes them: the page may register its service worker (whose install downloads the whole app once);
// pages opened for clicks and toggles measure steady use, so there the one-time install is kept out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startElsewhere } from './arrive.mjs';
import { framesUntil } from './frames.mjs';
import { chromiumThreads, cpuBetween, ROLES } from './cpuTime.mjs';

const LOCAL = /^https?:\/\/127\.0\.0\.1(:\d+)?\//;

/**
 * A page in a fresh context with external requests refused, on a page of another site (arrive.mjs);
 * `firstVisit` lets the page register its service worker, as on a visitor's first visit.
 */
async function newBenchPage(browser, { firstVisit = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', serviceWorkers: firstVisit ? 'allow' : 'block' });
  await context.route((u) => !LOCAL.test(u.toString()) && !/^(data|blob):/.test(u.toString()), (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  await startElsewhere(page);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, context, errors };
}

/** Navigates and waits for the page's first idle (its hook's `ready`); resolves with the page's `readyAt`. */
async function loadUntilReady(page, url, { readyFlag, timeoutMs }) {
  await page.goto(url);
  await page.waitForFunction((flag) => window[flag]?.ready === true, readyFlag, { timeout: timeoutMs, polling: 100 });
  return page.evaluate((flag) => window[flag].readyAt, readyFlag);
}

/** A fresh bench page navigated to `url` and at its first idle; with the page's `readyAt`. */
export async function openPage(browser, url, options) {
  const opened = await newBenchPage(browser, options);
  return { ...opened, readyAt: await loadUntilReady(opened.page, url, options) };
}

export const markAt = (page, name) => page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);

/**
 * Navigation → first idle with every layer: the app and each baseline page in turn, `runs` times each (so
 * a slow spell of the machine hits all of them alike).
 */
export async function firstIdle(browser, { appUrl, baselines, runs, timeoutMs }) {
  const app = [];
  const bare = Object.fromEntries(Object.keys(baselines).map((name) => [name, []]));
  let scripts = [];
  for (let i = 0; i < runs; i += 1) {
    {
      const { page, context, readyAt } = await openPage(browser, appUrl, { readyFlag: '__atlas', timeoutMs, firstVisit: true });
      app.push({
        idle: readyAt,
        dataReady: await markAt(page, 'atlas:data-ready'),
        mapStart: await markAt(page, 'atlas:map-start'),
        mapLoad: await markAt(page, 'atlas:map-load'),
        interfaceShown: await markAt(page, 'atlas:interface-shown'),
        interfaceLive: await markAt(page, 'atlas:interface-live'),
      });
      if (i === 0) scripts = await scriptsBefore(page, 'atlas:map-load');
      await context.close();
    }
    for (const [name, url] of Object.entries(baselines)) {
      const { page, context, readyAt } = await openPage(browser, url, { readyFlag: '__bare', timeoutMs, firstVisit: true });
      bare[name].push({
        idle: readyAt,
        mapStart: await markAt(page, 'bare:map-start'),
        mapLoad: await markAt(page, 'bare:map-load'),
      });
      await context.close();
    }
  }
  return { app, bare, scripts };
}

/**
 * The compositor's frames until first idle (frames.mjs), over traced loads (tracing slows them, so their
 * times are not the first-idle figures); medians of the frame count, their total and the time per frame.
 */
export async function compositorFrames(browser, url, { readyFlag, loads, timeoutMs }) {
  const runs = [];
  for (let i = 0; i < loads; i += 1) {
    const { page, context } = await newBenchPage(browser, { firstVisit: true });
    await browser.startTracing(page, { categories: ['toplevel', 'viz', 'gpu', 'blink.user_timing', 'devtools.timeline'] });
    const readyAt = await loadUntilReady(page, url, { readyFlag, timeoutMs });
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    await context.close();
    runs.push(framesUntil(events, readyAt));
  }
  const of = (key) => median(runs.map((r) => r[key]).filter((v) => v !== null));
  return { frames: of('frames'), ms: of('ms'), perFrameMs: of('perFrame'), runs };
}

/**
 * The CPU time Chromium spends on a load of each page until its first idle, by thread role (cpuTime.mjs): read
 * as soon as the page reports it (checked every 10 ms; /proc counts in steps of 10 ms per thread), service
 * workers blocked. The pages are loaded in turn, `loads` times each; medians per role. Null without /proc.
 * @param {Record<string, { url: string; readyFlag: string }>} pages
 */
export async function cpuPerLoad(browser, pages, { loads, timeoutMs }) {
  if (chromiumThreads() === null) return null;
  const spent = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let i = 0; i < loads; i += 1) {
    for (const [name, { url, readyFlag }] of Object.entries(pages)) {
      const { page, context } = await newBenchPage(browser);
      const before = chromiumThreads();
      await page.goto(url);
      await page.waitForFunction((flag) => window[flag]?.ready === true, readyFlag, { timeout: timeoutMs, polling: 10 });
      spent[name].push(cpuBetween(before, chromiumThreads()));
      await context.close();
    }
  }
  return Object.fromEntries(Object.entries(spent).map(([name, runs]) => [name, Object.fromEntries([...ROLES, 'total'].map((role) => [role, median(runs.map((r) => r[role]))]))]));
}

/** The script files the page requested before a mark (their paths on the server). */
async function scriptsBefore(page, mark) {
  return page.evaluate((name) => {
    const until = performance.getEntriesByName(name)[0]?.startTime ?? Infinity;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < until && /\.m?js$/.test(new URL(entry.name).pathname))
      .map((entry) => new URL(entry.name).pathname);
  }, mark);
}

/** Gzip weight of script files, split into MapLibre (its chunk and worker) and the rest (the app shell). */
export function scriptWeight(distDir, paths) {
  const files = paths.map((path) => ({ path, gzip: gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length }));
  const isMaplibre = (path) => /maplibre/.test(path);
  const sum = (list) => list.reduce((total, f) => total + f.gzip, 0);
  return { files, total: sum(files), maplibre: sum(files.filter((f) => isMaplibre(f.path))), shell: sum(files.filter((f) => !isMaplibre(f.path))) };
}

/**
 * The map idle, and then the display quiet: 'idle' comes when MapLibre has sent its last frame to the GPU,
 * and software WebGL takes another 100–400 ms to put it on screen (the browser holds the next frames back
 * until then). So a user who moves onto a site sees the hover highlight before clicking, and a click is not
 * charged for an earlier frame still being drawn. Quiet: three frames in a row at the screen's pace.
 */
function waitForIdle(page, hook = '__atlas') {
  return page.evaluate(
    ({ name, settle }) =>
      new Promise((resolve) => {
        const map = window[name].map;
        const settled = () => !map.isMoving() && map.loaded() && map.areTilesLoaded();
        // The display is quiet when frames come at the screen's pace again: while the GPU process is still
        // drawing, the browser holds the next frame back (software WebGL: 100–400 ms a frame).
        const quiet = (calm, last, started) =>
          requestAnimationFrame((now) => {
            const next = last !== null && now - last < 25 ? calm + 1 : 0;
            if (next >= settle || now - started > 5000) resolve();
            else quiet(next, now, started);
          });
        const drawn = () => quiet(0, null, performance.now());
        const wait = () => (settled() ? drawn() : map.once('idle', () => setTimeout(wait, 0)));
        requestAnimationFrame(() => setTimeout(wait, 0));
      }),
    { name: hook, settle: 3 },
  );
}

/** Back to a view with nothing selected (the bare page: its line of text emptied), then waits for the map. */
async function resetView(page, hook, headingSelector, view) {
  await page.evaluate(
    ({ name, selector, target }) => {
      const { map, store } = window[name];
      if (store) {
        store.getState().clearSelection();
        store.getState().setView(target, 'url');
      } else {
        map.jumpTo(target);
        document.querySelector(selector).textContent = '';
      }
    },
    { name: hook, selector: headingSelector, target: view },
  );
  await waitForIdle(page, hook);
}

const APP_HEADING = '[data-testid="side-panel"] h2';

/**
 * Click on a site, from `viewFor(site)` with nothing selected → its panel painted. Time runs from the pointer
 * going down on the map to the end of the first frame that shows the site's name in the panel heading: the
 * heading is looked for at each animation frame, and a task queued from the frame that finds it runs once
 * that frame's work (its map redraw, style, layout and paint) is done. (Until 2026-12-02 the bench waited a
 * frame more, so it also counted the next frame, where the map draws the selection highlight.)
 */
export async function clickToPanel(page, { hook = '__atlas', headingSelector = APP_HEADING, sites, viewFor, clicks, timeoutMs }) {
  const times = [];
  const misses = [];
  let firstAt = null;
  const box = await page.evaluate((name) => {
    const rect = window[name].map.getContainer().getBoundingClientRect();
    return { x: rect.x, y: rect.y };
  }, hook);
  for (let i = 0; i < clicks; i += 1) {
    const site = sites[i % sites.length];
    await resetView(page, hook, headingSelector, viewFor(site));
    const point = await page.evaluate(({ name, ll }) => window[name].map.project(ll), { name: hook, ll: site.coordinates });
    await page.evaluate(({ name, hookName, selector }) => {
      window.__benchClick = new Promise((resolve) => {
        const canvas = window[hookName].map.getCanvasContainer();
        canvas.addEventListener(
          'mousedown',
          (event) => {
            const start = event.timeStamp;
            const check = () => {
              const heading = document.querySelector(selector);
              if (heading && heading.textContent === name) setTimeout(() => resolve({ ms: performance.now() - start, at: start }), 0);
              else if (performance.now() - start > 10000) resolve({ ms: null, got: heading?.textContent ?? null });
              else requestAnimationFrame(check);
            };
            check();
          },
          { capture: true, once: true },
        );
      });
    }, { name: site.name, hookName: hook, selector: headingSelector });
    // As a user does: the pointer arrives (the hover highlight is drawn), then the click.
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await waitForIdle(page, hook);
    await page.mouse.down();
    await page.mouse.up();
    const result = await page.evaluate(() => window.__benchClick, null, { timeout: timeoutMs });
    if (result.ms === null) misses.push({ site: site.id, got: result.got });
    else times.push(result.ms);
    firstAt ??= result.at ?? null;
  }
  return { times, misses, firstAt };
}

/** Legend toggle → map idle with the new filter, alternately off and on. */
export async function toggleToIdle(page, { kind, toggles, timeoutMs }) {
  const times = [];
  const box = page.locator(`input[data-kind="${kind}"]`);
  for (let i = 0; i < toggles; i += 1) {
    await page.evaluate(() => {
      const { map, store } = window.__atlas;
      window.__benchToggle = new Promise((resolve) => {
        document.addEventListener(
          'mousedown',
          (event) => {
            const start = event.timeStamp;
            // The map applies filters in the same tick as the store changes; then it renders until idle.
            const stop = store.subscribe((state, previous) => {
              if (state.hiddenKinds === previous.hiddenKinds) return;
              stop();
              map.once('idle', () => resolve(performance.now() - start));
            });
          },
          { capture: true, once: true },
        );
      });
    });
    await box.click();
    times.push(await page.evaluate(() => window.__benchToggle, null, { timeout: timeoutMs }));
  }
  return times;
}

export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const median = (values) => percentile(values, 50);
