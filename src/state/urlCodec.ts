// The URL hash is the shareable form of the view:
//   #map=zoom/lat/lon&site=id (or link|project|partner=id)&panel=compare&cmp=a,b&f=region:twente,funder:national
//   &hide=facility,drone&bm=offline&lang=nl
// Parsing never throws; anything malformed or out of range is dropped, the rest is kept, and what was dropped is
// reported (readHash) so the reader can be told.
import { EXISTING_NETWORKS, LINK_MODES, SITE_KINDS, type ExistingNetwork, type LinkMode, type SiteKind } from '../data/vocabulary';
import { BASEMAP_IDS, type BasemapId } from './basemapSlice';
import { CONSTRAINT_VALUES, EMPTY_CONSTRAINTS, type ConstraintKey, type Constraints } from './filtersSlice';
import { isUiLang, type UiLang } from '../i18n/languages';
import { isPanelId, MAX_COMPARE, type PanelId } from './panelSlice';
import { SELECTABLE_KINDS, type Selection } from './selectionSlice';

export interface UrlState {
  view?: { zoom: number; center: [number, number] };
  selection?: Selection;
  hidden?: { kinds: SiteKind[]; modes: LinkMode[]; networks?: ExistingNetwork[] };
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

/** Collects the parts of a link that were not read, as `key=value` (cut short: they are shown to the reader). */
type Unread = (key: string, value: string) => void;
const MAX_PART_LENGTH = 40;
export const linkPart = (key: string, value: string): string => {
  const part = value === '' ? key : `${key}=${value}`;
  return part.length > MAX_PART_LENGTH ? `${part.slice(0, MAX_PART_LENGTH - 1)}…` : part;
};

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

/** The first well-formed selection; any other selection in the link is not read. */
function parseSelection(params: URLSearchParams, unread: Unread): Selection | undefined {
  let selection: Selection | undefined;
  for (const kind of SELECTABLE_KINDS) {
    const id = params.get(kind);
    if (id === null) continue;
    if (!selection && validId(id)) selection = { kind, id };
    else unread(kind, id);
  }
  return selection;
}

function parseCompare(text: string | null, unread: Unread): string[] | undefined {
  if (!text) return undefined;
  const ids: string[] = [];
  for (const id of text.split(',')) {
    if (id === '' || ids.includes(id)) continue;
    if (validId(id) && ids.length < MAX_COMPARE) ids.push(id);
    else unread('cmp', id);
  }
  return ids.length > 0 ? ids : undefined;
}

function parseConstraints(text: string | null, unread: Unread): Constraints | undefined {
  if (!text) return undefined;
  const result: Constraints = { regions: [], funders: [], partnerTypes: [], themes: [] };
  for (const pair of text.split(',')) {
    if (pair === '') continue;
    const [word, value] = pair.split(':');
    const key = (Object.keys(CONSTRAINT_WORDS) as ConstraintKey[]).find((k) => CONSTRAINT_WORDS[k] === word);
    if (!key || !value || !(CONSTRAINT_VALUES[key] as readonly string[]).includes(value)) {
      unread('f', pair);
      continue;
    }
    const list = result[key] as string[];
    if (!list.includes(value)) list.push(value);
  }
  const canonical = Object.fromEntries(
    (Object.keys(CONSTRAINT_VALUES) as ConstraintKey[]).map((k) => [k, (CONSTRAINT_VALUES[k] as readonly string[]).filter((v) => (result[k] as string[]).includes(v))]),
  ) as unknown as Constraints;
  return Object.values(canonical).some((list) => list.length > 0) ? canonical : undefined;
}

function parseHidden(text: string | null, unread: Unread): UrlState['hidden'] {
  if (!text) return undefined;
  const words = new Set(text.split(','));
  const kinds = SITE_KINDS.filter((k) => words.has(k));
  const modes = LINK_MODES.filter((m) => words.has(m));
  const networks = EXISTING_NETWORKS.filter((n) => words.has(n));
  const known = new Set<string>([...kinds, ...modes, ...networks]);
  for (const word of words) if (word !== '' && !known.has(word)) unread('hide', word);
  return known.size > 0 ? { kinds, modes, ...(networks.length > 0 ? { networks } : {}) } : undefined;
}

function safeParams(hash: string): URLSearchParams {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return new URLSearchParams(body);
  } catch {
    return new URLSearchParams();
  }
}

const MAX_HASH_LENGTH = 2000;
/** The keys the atlas writes; each is read once (a repeated key is not read again). */
const KNOWN_KEYS = new Set(['map', ...SELECTABLE_KINDS, 'hide', 'bm', 'panel', 'cmp', 'f', 'tour', 'step', 'lang']);

export interface ReadHash {
  state: UrlState;
  /** The parts of the link that were malformed, out of range or unknown, as `key=value` (cut short), in order. */
  unread: string[];
}

export function readHash(hash: string): ReadHash {
  const unreadParts: string[] = [];
  const unread: Unread = (key, value) => {
    const part = linkPart(key, value);
    if (!unreadParts.includes(part)) unreadParts.push(part);
  };
  if (hash.length > MAX_HASH_LENGTH) return { state: {}, unread: [linkPart(hash.replace(/^#/, ''), '')] };
  const params = safeParams(hash);
  const state: UrlState = {};
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (key === '' && value === '') continue;
    if (!KNOWN_KEYS.has(key) || seen.has(key)) unread(key, value);
    seen.add(key);
  }
  /** A single-valued key: its value when it is read, else reported. */
  const single = <T>(key: string, parse: (text: string) => T | undefined): T | undefined => {
    const text = params.get(key);
    if (text === null) return undefined;
    const value = parse(text);
    if (value === undefined) unread(key, text);
    return value;
  };
  const view = single('map', parseView);
  if (view) state.view = view;
  const selection = parseSelection(params, unread);
  if (selection) state.selection = selection;
  const hidden = parseHidden(params.get('hide'), unread);
  if (hidden) state.hidden = hidden;
  const basemap = single('bm', (text) => ((BASEMAP_IDS as readonly string[]).includes(text) ? (text as BasemapId) : undefined));
  if (basemap) state.basemap = basemap;
  const panel = single('panel', (text) => (isPanelId(text) ? text : undefined));
  if (panel) state.panel = panel;
  const compare = parseCompare(params.get('cmp'), unread);
  if (compare) state.compare = compare;
  const constraints = parseConstraints(params.get('f'), unread);
  if (constraints) state.constraints = constraints;
  const tour = single('tour', (text) => (validId(text) ? text : undefined));
  const step = single('step', (text) => {
    const number = parseNumber(text, 1, 99);
    return tour !== undefined && number !== undefined && Number.isInteger(number) ? number - 1 : undefined;
  });
  if (tour) state.tour = { id: tour, step: step ?? 0 };
  const lang = single('lang', (text) => (isUiLang(text) ? text : undefined));
  if (lang) state.lang = lang;
  return { state, unread: unreadParts };
}

export const parseHash = (hash: string): UrlState => readHash(hash).state;

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
  const hidden = [...(state.hidden?.kinds ?? []), ...(state.hidden?.modes ?? []), ...(state.hidden?.networks ?? [])];
  if (hidden.length > 0) parts.push(`hide=${hidden.join(',')}`);
  if (state.basemap) parts.push(`bm=${state.basemap}`);
  if (state.tour) parts.push(`tour=${state.tour.id}&step=${state.tour.step + 1}`);
  if (state.lang) parts.push(`lang=${state.lang}`);
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
