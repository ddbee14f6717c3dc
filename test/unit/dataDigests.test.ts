// @vitest-environment node
// The build's full check of the data files and the digests it hands the app (scripts/data-digests.mjs).
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkedDigests, DATA_DIGESTS_MODULE, dataDigests, loadChecker } from '../../scripts/data-digests.mjs';
import { DATA_FILES, type DataFile } from '../../src/data/files';
import { projectPath } from './fixtures';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of data/ with tours.json broken (a step zoomed past the map's range). */
function brokenCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-digests-'));
  dirs.push(dir);
  cpSync(projectPath('data'), dir, { recursive: true });
  const tours = JSON.parse(readFileSync(join(dir, 'tours.json'), 'utf8'));
  tours.tours[0].steps[0].camera.zoom = 40;
  writeFileSync(join(dir, 'tours.json'), JSON.stringify(tours));
  return dir;
}

const bytesIn = (dir: string) => Object.fromEntries(DATA_FILES.map((file) => [file, readFileSync(join(dir, file.replace('data/', '')))])) as Record<DataFile, Buffer>;

/** Runs the plugin's hooks as Vite would, for `command`; what it returned, warned and raised. */
async function runPlugin(dir: string, command: 'build' | 'serve') {
  const plugin = dataDigests(dir) as any;
  plugin.configResolved({ command });
  const id = plugin.resolveId(DATA_DIGESTS_MODULE);
  const context = { addWatchFile: vi.fn(), warn: vi.fn(), error: vi.fn((message: string) => { throw new Error(message); }) };
  let code: string | undefined;
  let raised: Error | undefined;
  try {
    code = await plugin.load.call(context, id);
  } catch (error) {
    raised = error as Error;
  }
  return { id, code, raised, context };
}

describe('the data digests', () => {
  it('are the SHA-256 of each file, given once all of them pass the full check', async () => {
    const checker = await loadChecker();
    const digests = checkedDigests(checker, bytesIn(projectPath('data')));
    for (const file of DATA_FILES) expect(digests[file]).toBe(createHash('sha256').update(readFileSync(projectPath(file))).digest('hex'));
  });

  it('are refused for a file that fails the check, with the file, record and field named', async () => {
    const checker = await loadChecker();
    expect(() => checkedDigests(checker, bytesIn(brokenCopy()))).toThrow(/data\/tours\.json: record "region", field "camera\.zoom"/);
  });

  it('stop a build over broken data with every problem, and watch the files', async () => {
    const { id, code, raised, context } = await runPlugin(brokenCopy(), 'build');
    expect(id).toBe(`\0${DATA_DIGESTS_MODULE}`);
    expect(code).toBeUndefined();
    expect(raised?.message).toMatch(/do not pass the check:\ndata\/tours\.json: record "region", field "camera\.zoom"/);
    expect(context.addWatchFile).toHaveBeenCalledTimes(DATA_FILES.length);
  });

  it('on the dev server: a warning and no digests, so the browser checks the files and shows the problems', async () => {
    const { code, raised, context } = await runPlugin(brokenCopy(), 'serve');
    expect(raised).toBeUndefined();
    expect(code).toBe('export default {};');
    expect(context.warn).toHaveBeenCalledWith(expect.stringMatching(/data\/tours\.json: record "region"/));
  });

  it('for good data: a module with the digests, in a build as on the dev server', async () => {
    for (const command of ['build', 'serve'] as const) {
      const { code } = await runPlugin(projectPath('data'), command);
      expect(code).toMatch(/^export default \{"data\/sites\.geojson":"[0-9a-f]{64}"/);
    }
  });
});
