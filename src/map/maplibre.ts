// The single place that loads MapLibre: v6 needs its worker URL set before the first Map is made, and the
// pmtiles:// protocol (offline basemap; its library loaded on the first tile) is registered once here.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { pmtilesTile } from './pmtilesProtocol';

maplibregl.setWorkerUrl(workerUrl);
// Start the workers now, while the data downloads, rather than when the map is made.
maplibregl.prewarm();
maplibregl.addProtocol('pmtiles', pmtilesTile);

export { maplibregl };
