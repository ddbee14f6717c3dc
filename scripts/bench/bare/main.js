// The bench's baseline: MapLibre alone with the same sites and links, fetched as the same JSON files,
// drawn as plain circles and lines on the same background at the same view. No app, no labels.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

maplibregl.setWorkerUrl(workerUrl);

const params = new URLSearchParams(window.location.search);
const center = (params.get('center') ?? '6.79,52.29').split(',').map(Number);
const zoom = Number(params.get('zoom') ?? '10.4');
const json = (file) => fetch(`./data/${file}`).then((response) => response.json());
const data = Promise.all([json('sites.geojson'), json('links.geojson')]);

const map = new maplibregl.Map({
  container: 'map',
  center,
  zoom,
  style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef1ec' } }] },
});
window.__bare = { map, ready: false };

map.on('load', async () => {
  const [sites, links] = await data;
  performance.mark('bare:data-ready');
  map.addSource('links', { type: 'geojson', data: links });
  map.addSource('sites', { type: 'geojson', data: sites });
  map.addLayer({ id: 'links', type: 'line', source: 'links', paint: { 'line-color': '#1c3d8f', 'line-width': 3 } });
  map.addLayer({ id: 'sites', type: 'circle', source: 'sites', paint: { 'circle-radius': 6, 'circle-color': '#c2255c' } });
  // The floor for click → panel: a click that finds the site and writes its name into the page.
  const panel = document.createElement('h2');
  panel.className = 'bare-panel';
  document.body.append(panel);
  map.on('click', (event) => {
    const hit = map.queryRenderedFeatures(event.point, { layers: ['sites'] })[0];
    // Nested properties may reach a query as JSON text.
    const name = hit && (typeof hit.properties.name === 'string' ? JSON.parse(hit.properties.name) : hit.properties.name);
    panel.textContent = name ? name.en : '';
  });
  map.once('idle', () => {
    window.__bare.readyAt = performance.now();
    window.__bare.ready = true;
  });
});
