// How the atlas's map draws, whatever its place and view. Its own module so the bench's same-layers
// baseline can use it without the rest of the app.
import type { MapOptions } from 'maplibre-gl';
import { plainBaseStyle } from './baseStyle';

export function atlasMapOptions() {
  return {
    style: plainBaseStyle(),
    maxZoom: 18,
    minZoom: 5,
    // Labels appear at once: a fade keeps the map drawing for 300 ms after every placement, which in
    // software WebGL delays the first idle (and every filter change) by several slow frames.
    fadeDuration: 0,
  } satisfies Partial<MapOptions>;
}
