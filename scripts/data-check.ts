// `npm run data:check`: validates every file in data/ with the same parsers the app uses,
// prints what it found, and exits non-zero with precise messages when anything is wrong.
import { readFileSync } from 'node:fs';
import { DataError } from '../src/data/dataError';
import { parseSites, SITES_FILE } from '../src/data/sites';

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DataError([`${file}: cannot be read as JSON (${(error as Error).message})`]);
  }
}

try {
  const sites = parseSites(readJson(SITES_FILE));
  console.log(`data:check ok: ${sites.features.length} sites`);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(`data:check found ${error.problems.length} problem(s):`);
  for (const problem of error.problems) console.error(`  - ${problem}`);
  process.exit(1);
}
