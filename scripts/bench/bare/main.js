// The bench's baseline: MapLibre alone with the atlas's own map options and layers (installed by the app's own
// function), fetching the same JSON files, at the same view and size: the difference to the app is what the
// app adds around MapLibre (data check, store, interface).
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { atlasMapOptions } from '../../../src/map/mapOptions';
import { siteLayout } from '../../../src/map/layers/siteLayout';
import { installThematicLayers } from '../../../src/map/thematicLayers';

maplibregl.setWorkerUrl(workerUrl);

const params = new URLSearchParams(window.location.search);
const center = (params.get('center') ?? '6.79,52.29').split(',').map(Number);
const zoom = Number(params.get('zoom') ?? '10.4');
const size = (params.get('size') ?? '').split(',').map(Number);
if (size.length === 2 && size.every((n) => n > 0)) Object.assign(document.getElementById('map').style, { width: `${size[0]}px`, height: `${size[1]}px` });
const json = (file) => fetch(`./data/${file}`).then((response) => response.json());
const data = Promise.all([json('sites.geojson'), json('links.geojson'), json('site-outlines.geojson')]);

const map = new maplibregl.Map({ container: 'map', center, zoom, ...atlasMapOptions() });
window.__bare = { map, ready: false };
map.on('load', async () => {
  const [sites, links, outlines] = await data;
  installThematicLayers(map, { sites, links, outlines }, 'en', siteLayout(false));
  map.once('idle', () => Object.assign(window.__bare, { ready: true, readyAt: performance.now() }));
});
