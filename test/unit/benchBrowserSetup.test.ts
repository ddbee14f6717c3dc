// The bench's Chromium (scripts/bench/browserSetup.mjs): the page rasterised on the CPU, WebGL and compositing on
// SwiftShader as in the tests; the reference set-up is the end-to-end tests' own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEASURED_ARGS, TESTS_ARGS } from '../../scripts/bench/browserSetup.mjs';
import { projectPath } from './fixtures';

const GRAPHICS = /angle|swiftshader|gpu/;
const graphics = (args: string[]) => args.filter((arg) => GRAPHICS.test(arg)).sort();

/** The switches the end-to-end tests launch Chromium with, read from their configuration. */
function e2eSwitches() {
  const config = readFileSync(projectPath('test/playwright.config.ts'), 'utf8');
  const args = config.slice(config.indexOf('args: ['), config.indexOf(']', config.indexOf('args: [')));
  return [...args.matchAll(/'(--[^']+)'/g)].map((match) => match[1] ?? '');
}

describe('the bench’s browser set-up', () => {
  it('rasterises the page on the CPU and keeps WebGL and compositing on SwiftShader', () => {
    expect(MEASURED_ARGS).toContain('--disable-gpu-rasterization');
    expect(MEASURED_ARGS).toEqual(expect.arrayContaining(['--use-angle=swiftshader', '--enable-unsafe-swiftshader']));
    // Software compositing would copy every WebGL frame back out of SwiftShader (stress clicks at 250 ms).
    expect(MEASURED_ARGS.some((arg) => arg === '--disable-gpu' || arg === '--disable-gpu-compositing')).toBe(false);
  });

  it('measures its reference with the end-to-end tests’ graphics switches', () => {
    const tests = e2eSwitches();
    expect(tests.length).toBeGreaterThan(3);
    expect(graphics(TESTS_ARGS)).toEqual(graphics(tests));
    expect(graphics(MEASURED_ARGS)).toEqual([...graphics(tests), '--disable-gpu-rasterization'].sort());
  });

  it('measures both without the browser’s background traffic', () => {
    for (const args of [MEASURED_ARGS, TESTS_ARGS]) expect(args).toEqual(expect.arrayContaining(['--disable-background-networking', '--no-first-run']));
  });
});
