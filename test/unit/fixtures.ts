// Reads the real data files from disk, exactly as `npm run data:check` does.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSites } from '../../src/data/sites';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const projectPath = (relative: string) => join(ROOT, relative);
export const readJson = (relative: string): unknown => JSON.parse(readFileSync(projectPath(relative), 'utf8'));
export const loadSites = () => parseSites(readJson('data/sites.geojson'));
