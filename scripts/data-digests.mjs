// The build checks the data files once, in full, with the parser data:check and the tests use, and hands
// the app the SHA-256 of each checked file (the module `virtual:atlas-data-digests`). The browser then only
// compares digests and parses JSON (src/data/loadData.ts). A build over files that fail the check stops
// with every problem named; the dev server warns and serves no digests, so the app shows the problems.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

export const DATA_DIGESTS_MODULE = 'virtual:atlas-data-digests';

/** The app's own checker (TypeScript), imported when the module is first asked for, not with Vite's config. */
export async function loadChecker() {
  const [atlasData, files, dataError] = await Promise.all(
    ['../src/data/atlasData.ts', '../src/data/files.ts', '../src/data/dataError.ts'].map((path) => tsImport(path, import.meta.url)),
  );
  return { parseAtlasData: atlasData.parseAtlasData, DATA_FILES: files.DATA_FILES, DataError: dataError.DataError };
}

/** The SHA-256 (hex) of each file (bytes by repository path), once all pass the full check; the check's DataError otherwise. */
export function checkedDigests(checker, files) {
  checker.parseAtlasData(Object.fromEntries(checker.DATA_FILES.map((file) => [file, files[file].toString('utf8')])));
  return Object.fromEntries(checker.DATA_FILES.map((file) => [file, createHash('sha256').update(files[file]).digest('hex')]));
}

/** `dataDir` holds the six files by their names (data/, or the bench's stress data). */
export function dataDigests(dataDir) {
  const resolvedId = `\0${DATA_DIGESTS_MODULE}`;
  let building = false;
  return {
    name: 'twente-atlas-data-digests',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (id) => (id === DATA_DIGESTS_MODULE ? resolvedId : undefined),
    async load(id) {
      if (id !== resolvedId) return undefined;
      const checker = await loadChecker();
      const paths = checker.DATA_FILES.map((file) => join(dataDir, basename(file)));
      for (const path of paths) this.addWatchFile(path);
      try {
        const files = Object.fromEntries(checker.DATA_FILES.map((file, i) => [file, readFileSync(paths[i])]));
        return `export default ${JSON.stringify(checkedDigests(checker, files))};`;
      } catch (error) {
        const problems = error instanceof checker.DataError ? error.problems : [error.message];
        const message = `the data files in ${dataDir} do not pass the check:\n${problems.join('\n')}`;
        if (building) this.error(message);
        this.warn(`${message}\n(the app checks them in the browser and shows these problems)`);
        return 'export default {};';
      }
    },
  };
}
