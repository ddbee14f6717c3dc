// Files a planner drops or picks: CSV as spreadsheets and GIS tools write it (comma, semicolon or tab; decimal
// commas; Dutch or English headers; WGS84 lon/lat or Dutch RD New x/y) and GeoJSON. Kept out of the start-up
// code: the parser and the projection load with the planner.
import Papa from 'papaparse';
import proj4 from 'proj4';
import { AREA_BOUNDS } from '../data/vocabulary';
import type { Problem } from '../i18n/problem';
import { checkKind, checkName, checkPosition, fileError, importGeoJson, isProblem, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, newScenarioId, toCoordinate, type ImportResult } from './scenario';

/** EPSG:28992 (Amersfoort / RD New), with the datum shift of the official transformation. */
const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';
const toWgs84 = proj4(RD_NEW, 'WGS84');

/** RD New's extent on land (x 0–300 km, y 289–629 km). */
const inRd = (x: number, y: number) => x >= 0 && x <= 300_000 && y >= 289_000 && y <= 629_000;

const COLUMN_ALIASES = {
  name: ['name', 'naam'],
  lon: ['lon', 'lng', 'long', 'longitude', 'lengtegraad', 'x', 'rd_x', 'x_rd'],
  lat: ['lat', 'latitude', 'breedtegraad', 'y', 'rd_y', 'y_rd'],
  kind: ['kind', 'type', 'soort'],
} as const;
type Column = keyof typeof COLUMN_ALIASES;

type Delimiter = ',' | ';' | '\t';

/** The delimiter the header row uses most, outside quotes: a comma file keeps "Foo;bar" whole. */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c as Delimiter]++;
  }
  const [best, count] = (Object.entries(counts) as Array<[Delimiter, number]>).sort((x, y) => y[1] - x[1])[0]!;
  return count > 0 ? best : ',';
}

export function importCsv(text: string): ImportResult {
  const result: ImportResult = { sites: [], links: [], errors: [], warnings: [] };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: detectDelimiter(text), skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  if (rows.length === 0) return { ...result, errors: fileError(0, { code: 'fileEmpty' }) };
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  const col = (name: Column) => header.findIndex((h) => (COLUMN_ALIASES[name] as readonly string[]).includes(h));
  const missing = (['lon', 'lat', 'name'] as const).filter((name) => col(name) < 0);
  if (missing.length > 0) return { ...result, errors: fileError(1, { code: 'missingColumns', params: { missing: missing.map((m) => COLUMN_ALIASES[m].slice(0, 2).join('/')).join(', ') } }) };
  const body = rows.slice(1);
  if (body.length === 0) return { ...result, errors: fileError(0, { code: 'noRows' }) };
  if (body.length > MAX_IMPORT_ROWS) return { ...result, errors: fileError(0, { code: 'tooManyRows', params: { count: body.length, max: MAX_IMPORT_ROWS } }) };

  // RD New when the columns are x/y and every row's numbers lie in its extent; lon/lat otherwise.
  const xy = body.map((cells) => [toCoordinate(cells[col('lon')]), toCoordinate(cells[col('lat')])] as const);
  const rd = /^(x|rd_x|x_rd)$/.test(header[col('lon')]!) && xy.some(([x, y]) => x !== undefined && y !== undefined) && xy.every(([x, y]) => x === undefined || y === undefined || inRd(x, y));

  body.forEach((cells, index) => {
    const row = index + 2;
    const [x, y] = xy[index]!;
    const lonLat = rd && x !== undefined && y !== undefined ? toWgs84.forward([x, y]).map((v) => Number(v.toFixed(6))) : [cells[col('lon')], cells[col('lat')]];
    const position = checkPosition(lonLat[0], lonLat[1], AREA_BOUNDS);
    const name = cells[col('name')]?.trim() ?? '';
    const problems = [position, checkName(name)].filter(isProblem) as Problem[];
    if (problems.length > 0) {
      result.errors.push({ row, problems });
      return;
    }
    const { kind, warning } = checkKind(col('kind') >= 0 ? cells[col('kind')] : '');
    result.sites.push({ id: newScenarioId('site'), name, kind, position: position as [number, number] });
    if (warning) result.warnings!.push({ row, problems: [warning] });
  });
  return result;
}

/** Reads a dropped or picked file; refuses oversize files before reading them; "nothing imported" always says why. */
export async function importFile(file: { name: string; size: number; text: () => Promise<string> }): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { sites: [], links: [], errors: fileError(0, { code: 'fileTooLarge', params: { file: file.name, megabytes: (file.size / 1024 / 1024).toFixed(1), max: MAX_IMPORT_BYTES / 1024 / 1024 } }) };
  }
  const text = await file.text();
  const result = /\.(csv|tsv|txt)$/i.test(file.name) ? importCsv(text) : importGeoJson(text);
  if (result.sites.length + result.links.length === 0 && result.errors.length === 0) return { ...result, errors: fileError(0, { code: 'noRows' }) };
  return result;
}
