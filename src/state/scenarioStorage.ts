// How the planner's scenario is kept in the browser: one storage entry per item, so two tabs never overwrite
// each other's items, and every entry that cannot be read is kept in a slot of its own until the user lets
// it go. An older version's single entry is read and moved to items; what of it cannot be read is kept too.
import { importGeoJson, SAVED_BOUNDS, type Scenario, type ScenarioLink, type ScenarioSite } from '../analysis/scenario';

export const ITEM_PREFIX = 'twente-atlas:scenario:item:';
export const KEPT_PREFIX = 'twente-atlas:scenario:kept:';
/** What versions before per-item storage wrote: the whole scenario, and a copy of an unreadable one. */
export const LEGACY_KEYS = ['twente-atlas:scenario:v1', 'twente-atlas:scenario:unreadable'] as const;

export type ScenarioItem = { site: ScenarioSite } | { link: ScenarioLink };
export interface KeptCopy {
  key: string;
  text: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const itemKey = (id: string) => `${ITEM_PREFIX}${id}`;
export const itemId = (item: ScenarioItem) => ('site' in item ? item.site.id : item.link.id);
export const itemsOf = ({ sites, links }: Scenario): ScenarioItem[] => [...sites.map((site) => ({ site })), ...links.map((link) => ({ link }))];

/** The stored text of one item: its GeoJSON feature and its place in the list. */
export function itemText(item: ScenarioItem, order: number): string {
  const feature =
    'site' in item
      ? { type: 'Feature', properties: { id: item.site.id, name: item.site.name, kind: item.site.kind }, geometry: { type: 'Point', coordinates: item.site.position } }
      : { type: 'Feature', properties: { id: item.link.id, name: item.link.name, mode: item.link.mode }, geometry: { type: 'LineString', coordinates: item.link.coordinates } };
  return JSON.stringify({ order, feature });
}

/** One stored item, read with the rule it was saved under; undefined when it cannot be read. */
export function readItem(text: string | null): { item: ScenarioItem; order: number } | undefined {
  if (!text) return undefined;
  let parsed: { order?: unknown; feature?: unknown };
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const result = importGeoJson(JSON.stringify({ type: 'FeatureCollection', features: [parsed?.feature] }), { keepIds: true, bounds: SAVED_BOUNDS });
  const order = typeof parsed?.order === 'number' ? parsed.order : 0;
  if (result.errors.length > 0) return undefined;
  if (result.sites[0]) return { item: { site: result.sites[0] }, order };
  if (result.links[0]) return { item: { link: result.links[0] }, order };
  return undefined;
}

const storedKeys = (storage: Store) => Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null);

/** A slot name from the text itself, so keeping the same text twice takes one slot. */
function keptKey(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = (hash * 33 + text.charCodeAt(i)) >>> 0;
  return `${KEPT_PREFIX}${hash.toString(36)}-${text.length.toString(36)}`;
}

export interface SavedScenario {
  scenario: Scenario;
  /** Each item's place in the list, by id (new items go after the last). */
  orders: Map<string, number>;
  kept: KeptCopy[];
}

/** An older version's whole-scenario entry, read with the rule items are saved under. */
const readLegacy = (text: string) => {
  const parsed = importGeoJson(text, { keepIds: true, bounds: SAVED_BOUNDS });
  return { items: itemsOf(parsed), readable: parsed.errors.length === 0 };
};

/** Moves an older version's entries to items and kept slots; an entry is removed only once all of it is safe. */
function moveLegacy(storage: Store): void {
  const [scenarioKey, unreadableKey] = LEGACY_KEYS;
  const scenario = storage.getItem(scenarioKey);
  const unreadable = storage.getItem(unreadableKey);
  try {
    if (scenario !== null) {
      const { items, readable } = readLegacy(scenario);
      items.forEach((item, order) => storage.setItem(itemKey(itemId(item)), itemText(item, order)));
      if (!readable) storage.setItem(keptKey(scenario), scenario);
      storage.removeItem(scenarioKey);
    }
    if (unreadable !== null) {
      storage.setItem(keptKey(unreadable), unreadable);
      storage.removeItem(unreadableKey);
    }
  } catch {
    // Storage is full or refused: the entries stay where they are and are read again next time.
  }
}

export function readSavedScenario(storage: Store): SavedScenario {
  moveLegacy(storage);
  const found: Array<{ item: ScenarioItem; order: number }> = [];
  const kept: KeptCopy[] = [];
  for (const key of storedKeys(storage)) {
    if (key.startsWith(KEPT_PREFIX)) kept.push({ key, text: storage.getItem(key) ?? '' });
    else if (key.startsWith(ITEM_PREFIX)) {
      const text = storage.getItem(key);
      const read = readItem(text);
      if (read && itemKey(itemId(read.item)) === key) found.push(read);
      else kept.push({ key, text: text ?? '' });
    }
  }
  // An older version's entry that could not be moved (storage full) is still read, so nothing goes missing.
  for (const key of LEGACY_KEYS) {
    const legacy = storage.getItem(key);
    if (legacy === null) continue;
    const { items, readable } = readLegacy(legacy);
    items.forEach((item, order) => found.push({ item, order }));
    if (!readable) kept.push({ key, text: legacy });
  }
  found.sort((a, b) => a.order - b.order);
  const sites: ScenarioSite[] = [];
  const links: ScenarioLink[] = [];
  const orders = new Map<string, number>();
  for (const { item, order } of found) {
    if (orders.has(itemId(item))) continue;
    orders.set(itemId(item), order);
    if ('site' in item) sites.push(item.site);
    else links.push(item.link);
  }
  return { scenario: { sites, links }, orders, kept };
}
