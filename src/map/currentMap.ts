// The map owner publishes its map here for the exports (PNG, offline preparation); nothing else drives it.
import type { Map as MaplibreMap } from 'maplibre-gl';

let current: MaplibreMap | null = null;

export const setCurrentMap = (map: MaplibreMap | null) => {
  current = map;
};
export const currentMap = () => current;
