// A planner's scenario: proposed sites and links, imported from CSV or GeoJSON or drawn on the map.
// Every imported row is validated; bad rows are reported by number and never half-imported.
import { AREA_BOUNDS, LINK_MODES, SITE_KINDS, type LinkMode, type SiteKind } from '../data/vocabulary';
import type { Problem } from '../i18n/problem';

/** A scenario site's kind: one of the atlas's, or just "proposed" when the file named none it knows. */
export type ScenarioSiteKind = SiteKind | 'proposed';

export interface ScenarioSite {
  id: string;
  name: string;
  kind: ScenarioSiteKind;
  position: [number, number];
}

export interface ScenarioLink {
  id: string;
  name: string;
  mode: LinkMode;
  coordinates: Array<[number, number]>;
}

export interface Scenario {
  sites: ScenarioSite[];
  links: ScenarioLink[];
}

export const EMPTY_SCENARIO: Scenario = { sites: [], links: [] };
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;
export const MAX_NAME = 120;

export interface RowError {
  /** 1-based row (CSV, header = 1) or feature number; 0 for the file as a whole. */
  row: number;
  problems: Problem[];
}

export interface ImportResult {
  sites: ScenarioSite[];
  links: ScenarioLink[];
  errors: RowError[];
  /** Rows imported with a caveat (an unknown kind taken as "proposed"). */
  warnings?: RowError[];
}

let counter = 0;
export const newScenarioId = (prefix: 'site' | 'link') => `scenario-${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** What a scenario may keep: any position on the map a user can click, the same rule for saving and loading. */
export const SAVED_BOUNDS: Bounds = { west: -180, south: -85.06, east: 180, north: 85.06 };

const boundsText = (b: Bounds) => `lon ${b.west}–${b.east}, lat ${b.south}–${b.north}`;
export const fileError = (row: number, problem: Problem): RowError[] => [{ row, problems: [problem] }];
export const isProblem = (value: unknown): value is Problem => typeof value === 'object' && value !== null && 'code' in value;

/** A coordinate as a file may hold it: a number, or text with a decimal point or comma. */
export function toCoordinate(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

export function checkPosition(lon: unknown, lat: unknown, bounds: Bounds): Problem | [number, number] {
  const x = toCoordinate(lon);
  const y = toCoordinate(lat);
  if (x === undefined || y === undefined) return { code: 'notNumbers', params: { lon: String(lon ?? ''), lat: String(lat ?? '') } };
  if (Math.abs(x) > 180 || Math.abs(y) > 90) return { code: 'outOfRange', params: { lon: x, lat: y } };
  if (x < bounds.west || x > bounds.east || y < bounds.south || y > bounds.north) {
    return { code: 'outsideArea', params: { lon: x, lat: y, bounds: boundsText(bounds) } };
  }
  return [x, y];
}

export function checkName(name: unknown): Problem | undefined {
  if (typeof name !== 'string' || name.trim() === '') return { code: 'nameEmpty' };
  if (name.length > MAX_NAME) return { code: 'nameTooLong', params: { max: MAX_NAME } };
  return undefined;
}

/** A known kind; "proposed" for none or "proposed"; an unknown one is taken as "proposed" with a warning. */
export function checkKind(kind: unknown): { kind: ScenarioSiteKind; warning?: Problem } {
  const k = typeof kind === 'string' ? kind.trim().toLowerCase() : '';
  if ((SITE_KINDS as readonly string[]).includes(k)) return { kind: k as SiteKind };
  if (k === '' || k === 'proposed') return { kind: 'proposed' };
  return { kind: 'proposed', warning: { code: 'unknownKind', params: { kind: String(kind), allowed: SITE_KINDS.join(', ') } } };
}

const SCENARIO_ID = /^scenario-(site|link)-[a-z0-9-]{1,40}$/;

/**
 * `keepIds` keeps the ids of a saved scenario (so removing an item after a reload still works); `bounds` is the
 * area positions must lie in (imports: the atlas's area, so swapped coordinates are caught).
 */
export function importGeoJson(text: string, { keepIds = false, bounds = AREA_BOUNDS as Bounds } = {}): ImportResult {
  const result: ImportResult = { sites: [], links: [], errors: [], warnings: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ...result, errors: fileError(0, { code: 'notJson', params: { reason: (error as Error).message } }) };
  }
  const features = (json as { type?: string; features?: unknown })?.type === 'FeatureCollection' ? (json as { features: unknown }).features : undefined;
  if (!Array.isArray(features)) return { ...result, errors: fileError(0, { code: 'notFeatureCollection' }) };
  if (features.length > MAX_IMPORT_ROWS) return { ...result, errors: fileError(0, { code: 'tooManyFeatures', params: { count: features.length, max: MAX_IMPORT_ROWS } }) };
  features.forEach((feature, index) => {
    const row = index + 1;
    const f = feature as { geometry?: { type?: string; coordinates?: unknown }; properties?: Record<string, unknown> | null };
    const props = f?.properties ?? {};
    const keptId = keepIds && typeof props.id === 'string' && SCENARIO_ID.test(props.id) ? props.id : undefined;
    const nameProblem = checkName(props.name);
    const type = f?.geometry?.type;
    if (type === 'Point') {
      const coords = f.geometry!.coordinates as unknown[];
      const position: Problem | [number, number] = Array.isArray(coords) ? checkPosition(coords[0], coords[1], bounds) : { code: 'pointShape' };
      const { kind, warning } = checkKind(props.kind);
      const problems = [position, nameProblem].filter(isProblem);
      if (problems.length > 0) result.errors.push({ row, problems });
      else {
        result.sites.push({ id: keptId ?? newScenarioId('site'), name: String(props.name).trim(), kind, position: position as [number, number] });
        if (warning) result.warnings!.push({ row, problems: [warning] });
      }
    } else if (type === 'LineString') {
      const coords = f.geometry!.coordinates;
      const positions = Array.isArray(coords) ? coords.map((c): Problem | [number, number] => (Array.isArray(c) ? checkPosition(c[0], c[1], bounds) : { code: 'positionShape' })) : [];
      const mode = typeof props.mode === 'string' && (LINK_MODES as readonly string[]).includes(props.mode) ? (props.mode as LinkMode) : undefined;
      const problems = [
        positions.length < 2 ? ({ code: 'lineTooShort' } as Problem) : undefined,
        positions.find(isProblem),
        nameProblem,
        mode ? undefined : ({ code: 'badMode', params: { mode: String(props.mode ?? ''), allowed: LINK_MODES.join(', ') } } as Problem),
      ].filter(isProblem);
      if (problems.length > 0) result.errors.push({ row, problems });
      else result.links.push({ id: keptId ?? newScenarioId('link'), name: String(props.name).trim(), mode: mode!, coordinates: positions as Array<[number, number]> });
    } else result.errors.push({ row, problems: [{ code: 'badGeometry', params: { type: String(type) } }] });
  });
  return result;
}

export function scenarioToGeoJson(scenario: Scenario): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      ...scenario.sites.map((s) => ({
        type: 'Feature' as const,
        id: s.id,
        properties: { id: s.id, name: s.name, kind: s.kind, scenario: true },
        geometry: { type: 'Point' as const, coordinates: [...s.position] },
      })),
      ...scenario.links.map((l) => ({
        type: 'Feature' as const,
        id: l.id,
        properties: { id: l.id, name: l.name, mode: l.mode, scenario: true },
        geometry: { type: 'LineString' as const, coordinates: l.coordinates.map((c) => [...c]) },
      })),
    ],
  };
}
