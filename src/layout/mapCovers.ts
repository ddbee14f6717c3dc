// What lies over the map (the side panel, the phone's sheet, the tour's card) is measured where it is drawn, so
// app.css alone decides the layout: each cover is registered by its component (useMapCover) and watched with
// a ResizeObserver, and the room it leaves goes to the store, which the map takes as its padding.
import { createContext, useCallback, useContext } from 'react';
import type { AtlasStore } from '../state/store';
import type { MapRoom } from '../state/viewSlice';

type Box = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom' | 'width' | 'height'>;

/** A cover this close to an edge of the map counts as standing on it (the tour's card keeps a gap). */
const EDGE = 48;

/**
 * How far the covers reach into the map: a column on the right edge (at least half the map's height, not its
 * whole width) from the right; anything else at the foot from the foot; a short one at the top right (a folded
 * panel's header) only at the top right.
 */
export function roomOf(map: Box, covers: readonly Box[]): MapRoom {
  const room: MapRoom = { width: Math.round(map.width), height: Math.round(map.height), right: 0, bottom: 0, topRight: 0 };
  for (const cover of covers) {
    const across = Math.min(cover.right, map.right) - Math.max(cover.left, map.left);
    const upDown = Math.min(cover.bottom, map.bottom) - Math.max(cover.top, map.top);
    if (across <= 0 || upDown <= 0) continue;
    const onRight = cover.right >= map.right - EDGE;
    const onFoot = cover.bottom >= map.bottom - EDGE;
    const fromRight = Math.round(map.right - cover.left);
    if (onRight && upDown >= map.height / 2 && across < map.width - EDGE) room.right = Math.max(room.right, fromRight);
    else if (onFoot) room.bottom = Math.max(room.bottom, Math.round(map.bottom - cover.top));
    else if (onRight && cover.top <= map.top + EDGE) room.topRight = Math.max(room.topRight, fromRight);
  }
  room.topRight = Math.max(room.topRight, room.right);
  return room;
}

export interface CoverWatch {
  /** Measures covers against `element`, the map's box, until the returned function is called. */
  watchMap(element: HTMLElement): () => void;
  /** Watches `element` as a cover until the returned function is called. */
  add(element: HTMLElement): () => void;
}

/** Measures the map's box and its covers whenever one of them changes size, and tells the store. */
export function createCoverWatch(store: AtlasStore): CoverWatch {
  const covers = new Set<HTMLElement>();
  let mapBox: HTMLElement | null = null;
  const measure = () => {
    if (mapBox)
      store.getState().setMapRoom(
        roomOf(
          mapBox.getBoundingClientRect(),
          [...covers].map((cover) => cover.getBoundingClientRect()),
        ),
      );
  };
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
  const watch = (element: HTMLElement, forget: () => void) => {
    observer?.observe(element);
    measure();
    return () => {
      forget();
      observer?.unobserve(element);
      measure();
    };
  };
  return {
    watchMap(element) {
      mapBox = element;
      return watch(element, () => {
        if (mapBox === element) mapBox = null;
      });
    },
    add(element) {
      covers.add(element);
      return watch(element, () => covers.delete(element));
    },
  };
}

export const CoverContext = createContext<CoverWatch | null>(null);

/** A ref for an element that lies over the map: the map keeps what it focuses clear of it. */
export function useMapCover(): (element: HTMLElement | null) => (() => void) | undefined {
  const watch = useContext(CoverContext);
  return useCallback((element: HTMLElement | null) => (element && watch ? watch.add(element) : undefined), [watch]);
}
