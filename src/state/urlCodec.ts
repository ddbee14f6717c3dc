// The URL hash is the shareable form of the view:
//   #map=zoom/lat/lon&site=id (or link|project|partner=id)&panel=compare&cmp=a,b&f=region:twente,funder:national
//   &hide=facility,drone&bm=offline&lang=nl
// Parsing never throws; anything malformed or out of range is dropped, the rest is kept.
import { LINK_MODES, SITE_KINDS, type LinkMode, type SiteKind } from '../data/schema';
import { BASEMAP_IDS, type BasemapId } from './basemapSlice';
import { CONSTRAINT_VALUES, EMPTY_CONSTRAINTS, type ConstraintKey, type Constraints } from './filtersSlice';
import { isUiLang, type UiLang } from '../i18n/languages';
import { MAX_COMPARE, type PanelId } from './panelSlice';
import { SELECTABLE_KINDS, type Selection } from './selectionSlice';

export interface UrlState {
  view?: { zoom: number; center: [number, number] };
  selection?: Selection;
  hidden?: { kinds: SiteKind[]; modes: LinkMode[] };
  basemap?: BasemapId;
  panel?: PanelId;
  compare?: string[];
  constraints?: Constraints;
  /** Tour id and 0-based step (the URL shows steps from 1). */
  tour?: { id: string; step: number };
  lang?: UiLang;
}

/** Short URL words for the filter groups. */
const CONSTRAINT_WORDS: Record<ConstraintKey, string> = { regions: 'region', funders: 'funder', partnerTypes: 'ptype', themes: 'theme' };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 80;
const NUMBER = /^-?\d{1,3}(\.\d{1,8})?$/;

function parseNumber(text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined || !NUMBER.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

function parseView(text: string | null): UrlState['view'] {
  if (!text) return undefined;
  const parts = text.split('/');
  if (parts.length !== 3) return undefined;
  const zoom = parseNumber(parts[0], 0, 22);
  const lat = parseNumber(parts[1], -85, 85);
  const lon = parseNumber(parts[2], -180, 180);
  if (zoom === undefined || lat === undefined || lon === undefined) return undefined;
  return { zoom, center: [lon, lat] };
}

const validId = (text: string | null): text is string => !!text && text.length <= MAX_ID_LENGTH && ID.test(text);

function parseSelection(params: URLSearchParams): Selection | undefined {
  for (const kind of SELECTABLE_KINDS) {
    const id = params.get(kind);
    if (validId(id)) return { kind, id };
  }
  return undefined;
}

function parseCompare(text: string | null): string[] | undefined {
  if (!text) return undefined;
  const ids = [...new Set(text.split(',').filter(validId))].slice(0, MAX_COMPARE);
  return ids.length > 0 ? ids : undefined;
}

function parseConstraints(text: string | null): Constraints | undefined {
  if (!text) return undefined;
  const result: Constraints = { regions: [], funders: [], partnerTypes: [], themes: [] };
  for (const pair of text.split(',')) {
    const [word, value] = pair.split(':');
    const key = (Object.keys(CONSTRAINT_WORDS) as ConstraintKey[]).find((k) => CONSTRAINT_WORDS[k] === word);
    if (!key || !value || !(CONSTRAINT_VALUES[key] as readonly string[]).includes(value)) continue;
    const list = result[key] as string[];
    if (!list.includes(value)) list.push(value);
  }
  const canonical = Object.fromEntries(
    (Object.keys(CONSTRAINT_VALUES) as ConstraintKey[]).map((k) => [k, (CONSTRAINT_VALUES[k] as readonly string[]).filter((v) => (result[k] as string[]).includes(v))]),
  ) as unknown as Constraints;
  return Object.values(canonical).some((list) => list.length > 0) ? canonical : undefined;
}

function parseHidden(text: string | null): UrlState['hidden'] {
  if (!text) return undefined;
  const words = new Set(text.split(','));
  const kinds = SITE_KINDS.filter((k) => words.has(k));
  const modes = LINK_MODES.filter((m) => words.has(m));
  return kinds.length + modes.length > 0 ? { kinds, modes } : undefined;
}

function safeParams(hash: string): URLSearchParams {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return new URLSearchParams(body);
  } catch {
    return new URLSearchParams();
  }
}

export function parseHash(hash: string): UrlState {
  if (hash.length > 2000) return {};
  const params = safeParams(hash);
  const state: UrlState = {};
  const view = parseView(params.get('map'));
  if (view) state.view = view;
  const selection = parseSelection(params);
  if (selection) state.selection = selection;
  const hidden = parseHidden(params.get('hide'));
  if (hidden) state.hidden = hidden;
  const basemap = params.get('bm');
  if (basemap && (BASEMAP_IDS as readonly string[]).includes(basemap)) state.basemap = basemap as BasemapId;
  const panel = params.get('panel');
  if (panel === 'programme' || panel === 'compare' || panel === 'planner') state.panel = panel;
  const compare = parseCompare(params.get('cmp'));
  if (compare) state.compare = compare;
  const constraints = parseConstraints(params.get('f'));
  if (constraints) state.constraints = constraints;
  const tour = params.get('tour');
  if (validId(tour)) {
    const step = parseNumber(params.get('step') ?? '1', 1, 99);
    state.tour = { id: tour, step: step !== undefined && Number.isInteger(step) ? step - 1 : 0 };
  }
  const lang = params.get('lang');
  if (isUiLang(lang)) state.lang = lang;
  return state;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function serializeHash(state: UrlState): string {
  const parts: string[] = [];
  if (state.view) {
    const { zoom, center } = state.view;
    parts.push(`map=${round(zoom, 2)}/${round(center[1], 5)}/${round(center[0], 5)}`);
  }
  if (state.selection) parts.push(`${state.selection.kind}=${encodeURIComponent(state.selection.id)}`);
  if (state.panel) parts.push(`panel=${state.panel}`);
  if (state.compare && state.compare.length > 0) parts.push(`cmp=${state.compare.join(',')}`);
  const constraints = state.constraints ?? EMPTY_CONSTRAINTS;
  const words = (Object.keys(CONSTRAINT_WORDS) as ConstraintKey[]).flatMap((k) => (constraints[k] as string[]).map((v) => `${CONSTRAINT_WORDS[k]}:${v}`));
  if (words.length > 0) parts.push(`f=${words.join(',')}`);
  const hidden = [...(state.hidden?.kinds ?? []), ...(state.hidden?.modes ?? [])];
  if (hidden.length > 0) parts.push(`hide=${hidden.join(',')}`);
  if (state.basemap) parts.push(`bm=${state.basemap}`);
  if (state.tour) parts.push(`tour=${state.tour.id}&step=${state.tour.step + 1}`);
  if (state.lang) parts.push(`lang=${state.lang}`);
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
