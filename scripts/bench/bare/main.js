// The bench's baselines: MapLibre alone with the same sites and links, fetched as the same JSON files, at
// the same view. Plain (the default): circles and lines on the same background, no labels. `?layers=atlas`:
// the atlas's own map options and layers (symbols, labels, outlines; installed by the app's own function),
// so the difference to the app is what the app adds around MapLibre: data checks, store, interface.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { atlasMapOptions } from '../../../src/map/mapOptions';
import { SITE_HIT_LAYER } from '../../../src/map/layers/siteLayers';
import { installThematicLayers } from '../../../src/map/thematicLayers';

maplibregl.setWorkerUrl(workerUrl);

const params = new URLSearchParams(window.location.search);
const center = (params.get('center') ?? '6.79,52.29').split(',').map(Number);
const zoom = Number(params.get('zoom') ?? '10.4');
const json = (file) => fetch(`./data/${file}`).then((response) => response.json());
const atlasLayers = params.get('layers') === 'atlas';
const size = (params.get('size') ?? '').split(',').map(Number);
if (size.length === 2 && size.every((n) => n > 0)) Object.assign(document.getElementById('map').style, { width: `${size[0]}px`, height: `${size[1]}px` });
const data = Promise.all([json('sites.geojson'), json('links.geojson'), atlasLayers ? json('site-outlines.geojson') : null]);

const plainStyle = { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef1ec' } }] };
performance.mark('bare:map-start');
const map = new maplibregl.Map({ container: 'map', center, zoom, ...(atlasLayers ? atlasMapOptions() : { style: plainStyle }) });
window.__bare = { map, ready: false };

map.on('load', async () => {
  performance.mark('bare:map-load');
  const [sites, links, outlines] = await data;
  performance.mark('bare:data-ready');
  if (atlasLayers) installThematicLayers(map, { sites, links, outlines }, 'en', { clustered: false });
  else {
    map.addSource('links', { type: 'geojson', data: links });
    map.addSource('sites', { type: 'geojson', data: sites });
    map.addLayer({ id: 'links', type: 'line', source: 'links', paint: { 'line-color': '#1c3d8f', 'line-width': 3 } });
    map.addLayer({ id: 'sites', type: 'circle', source: 'sites', paint: { 'circle-radius': 6, 'circle-color': '#c2255c' } });
  }
  // The floor for click → panel: a click that finds the site and writes its name into the page.
  const panel = document.createElement('h2');
  panel.className = 'bare-panel';
  document.body.append(panel);
  map.on('click', (event) => {
    const hits = map.queryRenderedFeatures(event.point, { layers: [atlasLayers ? SITE_HIT_LAYER : 'sites'] });
    const hit = hits[0];
    if (atlasLayers) {
      // As in the app: a park wins over the facilities drawn on it (the lowest rank).
      const top = hits.reduce((best, f) => (best && best.properties.rank <= f.properties.rank ? best : f), null);
      panel.textContent = top ? top.properties.label : '';
    }
    else {
      // Nested properties may reach a query as JSON text.
      const name = hit && (typeof hit.properties.name === 'string' ? JSON.parse(hit.properties.name) : hit.properties.name);
      panel.textContent = name ? name.en : '';
    }
  });
  map.once('idle', () => {
    window.__bare.readyAt = performance.now();
    window.__bare.ready = true;
  });
});
