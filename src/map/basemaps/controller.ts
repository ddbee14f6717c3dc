// Shows the chosen basemap under the thematic layers and falls back when an online one fails:
// to the embedded offline basemap if present, else to the plain background, with a notice.
import type { Map as MaplibreMap, MapSourceDataEvent } from 'maplibre-gl';
import type { BasemapFailure } from '../../i18n/en';
import type { BasemapId } from '../../state/basemapSlice';
import type { AtlasStore } from '../../state/store';
import { BASEMAPS, offlineArchiveStatus } from './catalog';
import { isBasemapId, isOverLinks, isOverSites, type BasemapParts } from './parts';

/** How long an online basemap may take to deliver its first tile before we give up on it. */
export const BASEMAP_TIMEOUT_MS = 8000;

export interface BasemapControllerOptions {
  map: MaplibreMap;
  store: AtlasStore;
  beforeLayerId: string;
  /** Where a basemap's town labels go: above the plan's lines, below the sites, so no line runs through a name. */
  labelsBeforeLayerId?: string;
  fetcher?: typeof fetch;
  timeoutMs?: number;
}

export function removeBasemap(map: MaplibreMap): void {
  for (const layer of map.getStyle().layers) if (isBasemapId(layer.id)) map.removeLayer(layer.id);
  for (const id of Object.keys(map.getStyle().sources)) if (isBasemapId(id)) map.removeSource(id);
}

export function addBasemap(map: MaplibreMap, parts: BasemapParts, beforeLayerId: string, labelsBeforeLayerId = beforeLayerId): void {
  if (parts.glyphs) map.setGlyphs(parts.glyphs);
  if (typeof parts.sprite === 'string') map.setSprite(parts.sprite);
  for (const [id, source] of Object.entries(parts.sources)) map.addSource(id, source);
  const at = (id: string) => (map.getLayer(id) ? id : undefined);
  for (const layer of parts.layers) map.addLayer(layer, isOverSites(layer) ? undefined : at(isOverLinks(layer) ? labelsBeforeLayerId : beforeLayerId));
}

export function startBasemaps({ map, store, beforeLayerId, labelsBeforeLayerId, fetcher = fetch.bind(window), timeoutMs = BASEMAP_TIMEOUT_MS }: BasemapControllerOptions) {
  let generation = 0;
  let abort = new AbortController();
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let watching: BasemapId | null = null;

  const stopWatching = () => {
    clearTimeout(watchdog);
    watching = null;
  };

  // Whether the offline archive can be used, asked once. Only the offline basemap and a fallback wait for the
  // answer: an online basemap starts at once (its tiles are requested a round trip sooner).
  const archiveChecked = offlineArchiveStatus(fetcher).then((status) => {
    store.getState().setOfflineArchive(status);
    return status;
  });

  const show = async (id: BasemapId, isFallback = false): Promise<void> => {
    const mine = ++generation;
    abort.abort();
    abort = new AbortController();
    stopWatching();
    if (id === 'offline') {
      // An archive known to be unusable would leave the map blank without a word: say so and fall back.
      // (Never a fallback itself: `fail` falls back to the archive only when it is available.)
      const archive = await archiveChecked;
      if (mine !== generation) return;
      if (archive === 'missing' || archive === 'no-byte-ranges') {
        fail(id, mine, { cause: 'unavailable', archive });
        return;
      }
    }
    try {
      const parts = await BASEMAPS[id].load(fetcher, abort.signal);
      if (mine !== generation) return;
      removeBasemap(map);
      addBasemap(map, parts, beforeLayerId, labelsBeforeLayerId);
      store.getState().setActiveBasemap(id);
      if (BASEMAPS[id].online) {
        watching = id;
        watchdog = setTimeout(() => fail(id, mine, { cause: 'timeout' }), timeoutMs);
      }
    } catch (error) {
      if (mine !== generation) return;
      if (isFallback) {
        removeBasemap(map);
        store.getState().setActiveBasemap('none');
      } else fail(id, mine, { cause: 'error', detail: (error as Error).message });
    }
  };

  /** Gives up on basemap `id` (shown by generation `mine`), unless something newer is already showing. */
  const fail = (id: BasemapId, mine: number, reason: BasemapFailure) => {
    if (mine !== generation) return;
    stopWatching();
    // The fallback depends on the archive: a failure that comes before the answer waits for it.
    void archiveChecked.then((archive) => {
      if (mine !== generation) return;
      const fallback: BasemapId = archive === 'available' && id !== 'offline' ? 'offline' : 'none';
      store.getState().showNotice({ code: 'basemapFallback', params: { basemap: id, ...reason, fallback: fallback === 'offline' ? 'offline' : 'plain' } });
      void show(fallback, true);
    });
  };

  const onError = (event: unknown) => {
    const sourceId = (event as { sourceId?: string }).sourceId;
    if (watching && sourceId && isBasemapId(sourceId)) fail(watching, generation, { cause: 'tiles' });
  };
  const onSourceData = (event: MapSourceDataEvent) => {
    // The first tile that arrives proves the basemap works.
    if (watching && isBasemapId(event.sourceId) && event.tile) stopWatching();
  };
  map.on('error', onError);
  map.on('sourcedata', onSourceData);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.basemap !== previous.basemap) void show(state.basemap);
  });

  void show(store.getState().basemap);

  return () => {
    generation++;
    abort.abort();
    stopWatching();
    unsubscribe();
    map.off('error', onError);
    map.off('sourcedata', onSourceData);
  };
}
