// The data files as the build checked them (their digests match, src/data/loadData.ts): parsed as JSON and
// taken as they are. The schemas shape nothing (no defaults, no transforms), so this gives the same records
// as the full check (atlasData.ts) would; a unit test holds the two to that on the real files.
import type { AtlasData } from './atlasData';
import { LINKS_FILE, OUTLINES_FILE, PARTNERS_FILE, PROJECTS_FILE, SITES_FILE, TOURS_FILE, type DataFile } from './files';

export function readVerifiedData(texts: Record<DataFile, string>): AtlasData {
  const json = (file: DataFile) => JSON.parse(texts[file]);
  return {
    sites: json(SITES_FILE),
    links: json(LINKS_FILE),
    outlines: json(OUTLINES_FILE),
    projects: json(PROJECTS_FILE),
    partners: json(PARTNERS_FILE).partners,
    tours: json(TOURS_FILE).tours,
  };
}
