// Runs `npm run data:check` as the build does: green on the real data, red with a precise message on a broken copy.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectPath } from './fixtures';

const runCheck = (...args: string[]) =>
  spawnSync(process.execPath, [projectPath('node_modules/tsx/dist/cli.mjs'), projectPath('scripts/data-check.ts'), ...args], {
    cwd: projectPath('.'),
    encoding: 'utf8',
  });

describe('data:check script', () => {
  const copy = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('passes on the real data and prints the stated-vs-computed report', () => {
    const result = runCheck();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/data:check ok: \d+ sites, \d+ links/);
    expect(result.stdout).toMatch(/column national: stated total row vs sum of the rows\s+€ 14\.100\.000\s+€ 10\.365\.000\s+€ 3\.735\.000/);
  }, 20_000);

  it('fails with file, record, field and expectation on a broken copy', () => {
    cpSync(projectPath('data'), join(copy, 'data'), { recursive: true });
    const file = join(copy, 'data/partners.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.partners[0].id = 'Not An Id';
    writeFileSync(file, JSON.stringify(json));
    const result = runCheck('--root', copy);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/data\/partners\.json: record "Not An Id", field "id": a lowercase kebab-case id/);
  }, 20_000);
});

describe('data:check on a corrupt tours file', () => {
  it('stops with the file, record, field and expectation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-tours-'));
    cpSync(projectPath('data'), join(dir, 'data'), { recursive: true });
    const file = join(dir, 'data/tours.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.tours[0].steps[0].camera.zoom = 40;
    writeFileSync(file, JSON.stringify(json));
    const result = runCheck('--root', dir);
    rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/data\/tours\.json: record "region", field "camera\.zoom": .*(<=|18)/);
  }, 20_000);
});
