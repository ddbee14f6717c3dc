// The data files as the build checked them, only parsed: the schemas shape nothing (no defaults, no
// transforms), so this gives the records the full check (atlasData.ts) gives; a unit test holds the two to
// that on the real files. A file that is not JSON is still named.
import type { AtlasData } from './atlasData';
import { DataError } from './dataError';
import { LINKS_FILE, OUTLINES_FILE, PARTNERS_FILE, PROJECTS_FILE, SITES_FILE, TOURS_FILE, type DataFile } from './files';

/** Parses file text; a JSON syntax error becomes a DataError naming the file. */
export function parseJsonFile(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataError([`${file}: not valid JSON (${(error as Error).message})`]);
  }
}

export function readCheckedData(texts: Record<DataFile, string>): AtlasData {
  const problems: string[] = [];
  const json = <T>(file: DataFile): T => {
    try {
      return parseJsonFile(file, texts[file]) as T;
    } catch (error) {
      problems.push(...(error as DataError).problems);
      return undefined as T;
    }
  };
  const data = {
    sites: json<AtlasData['sites']>(SITES_FILE),
    links: json<AtlasData['links']>(LINKS_FILE),
    outlines: json<AtlasData['outlines']>(OUTLINES_FILE),
    projects: json<AtlasData['projects']>(PROJECTS_FILE),
    partners: json<{ partners: AtlasData['partners'] }>(PARTNERS_FILE)?.partners,
    tours: json<{ tours: AtlasData['tours'] }>(TOURS_FILE)?.tours,
  };
  if (problems.length > 0) throw new DataError(problems);
  return data as AtlasData;
}
