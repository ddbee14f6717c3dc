#!/usr/bin/env node
// Runs every check the project has: lint (ESLint, Prettier, knip), the size budget, typecheck, unit (vitest),
// end-to-end (Playwright in Chromium). Prints a plain "N passed, N failed" line per runner, names any test that
// passed only on its retry, and exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium } from './find-chromium.mjs';

const summary = [];
/** Tests that failed, then passed on their retry. */
const flaky = [];
/** The titles of the report's flaky tests (Playwright's JSON: suites within suites, specs, their tests). */
function flakyTests(report) {
  const names = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) for (const t of spec.tests ?? []) if (t.status === 'flaky') names.push([...path, spec.title].join(' › '));
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  return names;
}
const run = (command, args, env = {}) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const npx = (args, env) => run('npx', args, env);
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

function record(name, passed, failed, skipped = 0) {
  summary.push({ name, passed, failed, skipped });
  console.log(line({ name, passed, failed, skipped }));
}
const line = ({ name, passed, failed, skipped }) => `${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's chromium package with apt-get…");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    [
      'No Chromium found for the end-to-end tests. Either:',
      '  - on Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium), or',
      '  - point CHROMIUM_PATH at any Chromium or Chrome binary, or',
      '  - where the internet is reachable: npx playwright install chromium',
    ].join('\n'),
  );
  return undefined;
}

mkdirSync('reports', { recursive: true });

// 1. Lint: code, formatting, unused files and exports
const lintOk = run('npm', ['run', '-s', 'lint']) === 0;
record('lint', lintOk ? 1 : 0, lintOk ? 0 : 1);

// 2. Typecheck
const typecheckOk = npx(['tsc', '--noEmit', '-p', 'tsconfig.json']) === 0;
record('typecheck', typecheckOk ? 1 : 0, typecheckOk ? 0 : 1);

// 3. Unit tests
rmSync('reports/vitest.json', { force: true });
const unitStatus = npx(['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']);
const unit = readJson('reports/vitest.json');
if (unit) record('unit', unit.numPassedTests, unit.numFailedTests + (unitStatus !== 0 && unit.numFailedTests === 0 ? 1 : 0));
else record('unit', 0, 1);

// 4. End-to-end tests against a production build with the test hooks (and the size budget, on that build)
const chromium = ensureChromium();
if (!chromium && !process.env.PLAYWRIGHT_OWN_BROWSER) {
  record('e2e', 0, 1);
} else {
  // The offline basemap is built from ../shared/geodata (or $BASEMAP_SOURCE) when present and stale.
  // The tests reach the map and store through window.__atlas, which only a build made for them exposes.
  const buildOk = run('npm', ['run', '-s', 'basemap', '--', '--auto']) === 0 && run('npm', ['run', '-s', 'build'], { VITE_TEST_HOOKS: '1' }) === 0;
  if (!buildOk) {
    record('e2e', 0, 1);
  } else {
    const sizeOk = npx(['size-limit']) === 0;
    record('size budget', sizeOk ? 1 : 0, sizeOk ? 0 : 1);
    rmSync('reports/playwright.json', { force: true });
    const env = { CI: '1', PLAYWRIGHT_JSON_OUTPUT_NAME: resolve('reports/playwright.json'), ...(chromium ? { CHROMIUM_PATH: chromium } : {}) };
    const e2eStatus = npx(['playwright', 'test', '-c', 'test/playwright.config.ts', '--reporter=list,json'], env);
    const e2e = readJson('reports/playwright.json');
    if (e2e) {
      record('e2e', e2e.stats.expected + e2e.stats.flaky, e2e.stats.unexpected + (e2eStatus !== 0 && e2e.stats.unexpected === 0 ? 1 : 0), e2e.stats.skipped);
      flaky.push(...flakyTests(e2e));
    } else record('e2e', 0, 1);
  }
}

console.log('\n== Summary ==');
for (const entry of summary) console.log(line(entry));
console.log(`flaky: ${flaky.length}${flaky.map((name) => `\n  ${name}`).join('')}`);
const failed = summary.some((s) => s.failed > 0);
process.exit(failed ? 1 : 0);
