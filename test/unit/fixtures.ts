// Reads the real data files from disk, exactly as `npm run data:check` does.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILES, parseAtlasData, type DataFile } from '../../src/data/atlasData';
import { parseSites } from '../../src/data/sites';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const projectPath = (relative: string) => join(ROOT, relative);
export const readText = (relative: string) => readFileSync(projectPath(relative), 'utf8');
export const readJson = (relative: string): unknown => JSON.parse(readText(relative));
export const loadSites = () => parseSites(readJson('data/sites.geojson'));

export function dataTexts(): Record<DataFile, string> {
  return Object.fromEntries(DATA_FILES.map((file) => [file, readText(file)])) as Record<DataFile, string>;
}

export const loadAtlas = () => parseAtlasData(dataTexts());

/** A deep copy of one data file's JSON, for tests that break it on purpose. */
export const copyJson = <T = any>(file: DataFile): T => JSON.parse(readText(file)) as T;
