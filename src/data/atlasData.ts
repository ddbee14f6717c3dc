// Parses all data files together: each against its schema, then across files. Collects every problem
// before failing, so one run of data:check lists them all.
import { DataError, parseWith } from './dataError';
import { LINKS_FILE, OUTLINES_FILE, PARTNERS_FILE, PROJECTS_FILE, SITES_FILE, TOURS_FILE, type DataFile } from './files';
import { checkIntegrity, type AtlasRecords } from './integrity';
import { parseJsonFile } from './readCheckedData';
import { linkCollectionSchema, outlineCollectionSchema, partnersFileSchema, projectsFileSchema, toursFileSchema } from './schema';
import { parseSites } from './sites';

export type AtlasData = AtlasRecords;

export function parseAtlasData(texts: Record<DataFile, string>): AtlasData {
  const problems: string[] = [];
  const attempt = <T>(parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const json = (file: DataFile) => parseJsonFile(file, texts[file]);
  const sites = attempt(() => parseSites(json(SITES_FILE)));
  const links = attempt(() => parseWith(linkCollectionSchema, LINKS_FILE, json(LINKS_FILE)));
  const outlines = attempt(() => parseWith(outlineCollectionSchema, OUTLINES_FILE, json(OUTLINES_FILE)));
  const projects = attempt(() => parseWith(projectsFileSchema, PROJECTS_FILE, json(PROJECTS_FILE)));
  const partners = attempt(() => parseWith(partnersFileSchema, PARTNERS_FILE, json(PARTNERS_FILE)).partners);
  const tours = attempt(() => parseWith(toursFileSchema, TOURS_FILE, json(TOURS_FILE)).tours);
  if (!sites || !links || !outlines || !projects || !partners || !tours) throw new DataError(problems);
  const records = { sites, links, outlines, projects, partners, tours };
  const integrity = checkIntegrity(records);
  if (integrity.length > 0) throw new DataError(integrity);
  return records;
}
