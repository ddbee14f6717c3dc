// What the bench measures in the browser, each page in a fresh context with external requests refused (as in
// the tests) and times from the page's own clock.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const LOCAL = /^https?:\/\/127\.0\.0\.1(:\d+)?\//;

/** A fresh page at `url`, once its hook (`window[readyFlag]`) reports the first idle; with that time. */
export async function openPage(browser, url, { readyFlag, timeoutMs, serviceWorkers = 'block' }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', serviceWorkers });
  await context.route(
    (u) => !LOCAL.test(u.toString()) && !/^(data|blob):/.test(u.toString()),
    (route) => route.abort('internetdisconnected'),
  );
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  await page.waitForFunction((flag) => window[flag]?.ready === true, readyFlag, { timeout: timeoutMs, polling: 100 });
  return { page, context, errors, readyAt: await page.evaluate((flag) => window[flag].readyAt, readyFlag) };
}

/** First idle of the app and of the bare page, in turn, `rounds` times (a slow spell hits both alike). */
export async function firstIdle(browser, { appUrl, bareUrl, rounds, timeoutMs }) {
  const app = [];
  const bare = [];
  let scripts = [];
  for (let i = 0; i < rounds; i += 1) {
    const opened = await openPage(browser, appUrl, { readyFlag: '__atlas', timeoutMs, serviceWorkers: 'allow' });
    app.push(opened.readyAt);
    if (i === 0) scripts = await scriptsBeforeIdle(opened.page);
    await opened.context.close();
    const baseline = await openPage(browser, bareUrl, { readyFlag: '__bare', timeoutMs, serviceWorkers: 'allow' });
    bare.push(baseline.readyAt);
    await baseline.context.close();
  }
  return { app, bare, scripts };
}

/** The script files the page fetched before its first idle (their paths on the server). */
const scriptsBeforeIdle = (page) =>
  page.evaluate(() => {
    const until = window.__atlas.readyAt;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < until && /\.m?js$/.test(new URL(entry.name).pathname))
      .map((entry) => new URL(entry.name).pathname);
  });

/** Gzip weight of script files: MapLibre's and the rest. */
export function scriptWeight(distDir, paths) {
  const gzip = (path) => gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length;
  const sum = (list) => list.reduce((total, path) => total + gzip(path), 0);
  return { maplibre: sum(paths.filter((p) => /maplibre/.test(p))), app: sum(paths.filter((p) => !/maplibre/.test(p))) };
}

/** Until the map is idle and three frames came in a row at the screen's pace (software WebGL lags behind idle). */
const untilQuiet = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const { map } = window.__atlas;
        const quiet = (calm, last, started) =>
          requestAnimationFrame((now) => {
            const next = last !== null && now - last < 25 ? calm + 1 : 0;
            if (next >= 3 || now - started > 5000) resolve();
            else quiet(next, now, started);
          });
        const wait = () => (!map.isMoving() && map.loaded() && map.areTilesLoaded() ? quiet(0, null, performance.now()) : map.once('idle', () => setTimeout(wait, 0)));
        requestAnimationFrame(() => setTimeout(wait, 0));
      }),
  );

/** Nothing selected, the panel gone (the map's padding with it), then `view`. */
export async function resetTo(page, view) {
  await page.evaluate(() => window.__atlas.store.getState().clearSelection());
  await page.waitForFunction(() => {
    const padding = window.__atlas.map.getPadding();
    return padding.right === 0 && padding.bottom === 0;
  });
  await page.evaluate((target) => window.__atlas.store.getState().setView(target, 'url'), view);
}

/**
 * Click on a site at `viewFor(site)` with nothing selected → the end of the first frame whose panel heading
 * shows the site's name. The pointer arrives first (as a user's does), then the click.
 */
export async function clickToPanel(page, { sites, viewFor, clicks, timeoutMs }) {
  const times = [];
  const misses = [];
  const box = await page.evaluate(() => window.__atlas.map.getContainer().getBoundingClientRect().toJSON());
  for (let i = 0; i < clicks; i += 1) {
    const site = sites[i % sites.length];
    await resetTo(page, viewFor(site));
    if (process.env.BENCH_DEBUG) console.log('   reset', i);
    await untilQuiet(page);
    const point = await page.evaluate((ll) => window.__atlas.map.project(ll), site.coordinates);
    await page.evaluate((name) => {
      window.__benchClick = new Promise((resolve) => {
        document.addEventListener(
          'mousedown',
          (event) => {
            const start = event.timeStamp;
            if (!window.__atlas.map.getCanvasContainer().contains(event.target)) return resolve({ ms: null, got: 'pressed outside the map' });
            const check = () => {
              const heading = document.querySelector('[data-testid="side-panel"] h2');
              if (heading?.textContent === name) setTimeout(() => resolve({ ms: performance.now() - start }), 0);
              else if (performance.now() - start > 10000) resolve({ ms: null, got: heading?.textContent ?? null });
              else requestAnimationFrame(check);
            };
            check();
          },
          { capture: true, once: true },
        );
      });
    }, site.name);
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await untilQuiet(page);
    await page.mouse.down();
    await page.mouse.up();
    const result = await page.evaluate(() => window.__benchClick, null, { timeout: timeoutMs });
    if (process.env.BENCH_DEBUG) console.log('   click', i, site.id, JSON.stringify(result));
    if (result.ms === null) misses.push({ site: site.id, got: result.got });
    else times.push(result.ms);
  }
  return { times, misses };
}

/** Legend toggle (a click on the kind's box) → the map idle with it applied, alternately off and on. */
export async function toggleToIdle(page, { kind, toggles, timeoutMs }) {
  const times = [];
  for (let i = 0; i < toggles; i += 1) {
    await untilQuiet(page);
    await page.evaluate(() => {
      const { map, store } = window.__atlas;
      window.__benchToggle = new Promise((resolve) => {
        document.addEventListener(
          'mousedown',
          (event) => {
            const start = event.timeStamp;
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
    await page.locator(`input[data-kind="${kind}"]`).click();
    times.push(await page.evaluate(() => window.__benchToggle, null, { timeout: timeoutMs }));
    if (process.env.BENCH_DEBUG) console.log('   toggle', i, Math.round(times.at(-1)));
  }
  return times;
}

export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const median = (values) => percentile(values, 50);
