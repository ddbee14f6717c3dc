// The hover already asked the map what lies under the pointer; a click at the same point asks again.
// In dense views (thousands of sites) each question costs 5-20 ms, so the answer is kept for the click.
// It is forgotten as soon as anything that could change it happens: the map moves or resizes, a source or
// the style changes (a filter, new data), or the store changes (a selection enlarges the circles around it).
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AtlasStore } from '../state/store';

type Point = { x: number; y: number };

export interface HitMemo<P extends Point, T> {
  /** The answer at this point: kept from the last question at the same point, or asked now. */
  at(point: P): T;
  stop(): void;
}

const MAP_CHANGES = ['move', 'resize', 'data'] as const;

export function createHitMemo<P extends Point, T>(map: MaplibreMap, store: AtlasStore, ask: (point: P) => T): HitMemo<P, T> {
  let kept: { x: number; y: number; answer: T } | null = null;
  const forget = () => {
    kept = null;
  };
  for (const type of MAP_CHANGES) map.on(type, forget);
  const unsubscribe = store.subscribe(forget);
  return {
    at(point) {
      if (kept && kept.x === point.x && kept.y === point.y) return kept.answer;
      const answer = ask(point);
      kept = { x: point.x, y: point.y, answer };
      return answer;
    },
    stop() {
      for (const type of MAP_CHANGES) map.off(type, forget);
      unsubscribe();
      kept = null;
    },
  };
}
