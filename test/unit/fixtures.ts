// Reads the real data files from disk, exactly as `npm run data:check` does.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAtlasData } from '../../src/data/atlasData';
import { DATA_FILES, type DataFile } from '../../src/data/files';
import { parseSites } from '../../src/data/sites';
import type { AtlasMapHandle, MapStatus } from '../../src/map/atlasMap';

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

/** A stand-in for the map owner (jsdom has no WebGL): an element it puts on the page and a status to report. */
export function fakeMap() {
  let listener: ((status: MapStatus) => void) | null = null;
  const mounted = document.createElement('div');
  const handle: AtlasMapHandle & { mounted: HTMLElement; report: (status: MapStatus) => void } = {
    mounted,
    mount: (container) => {
      container.append(mounted);
      return () => mounted.remove();
    },
    map: null,
    watchStatus: (next) => {
      listener = next;
      next({ state: 'loading' });
      return () => void (listener = null);
    },
    remove: () => undefined,
    report: (status) => listener?.(status),
  };
  return handle;
}
