// Adds the atlas's own sources, symbols and layers (outlines, links, sites, bottom to top).
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { AtlasData } from '../data/atlasData';
import { SITE_KINDS } from '../data/vocabulary';
import { iconName, rasterizeIcon, SITE_ICONS } from './icons';
import { linkLayers, LINKS_SOURCE } from './layers/linkLayers';
import { outlineLayers, OUTLINES_SOURCE } from './layers/outlineLayers';
import { clusterLayers, clusterSourceOptions, NOT_CLUSTER } from './layers/clusterLayers';
import { siteLayers, SITES_SOURCE } from './layers/siteLayers';
import { toLinkSourceData, toOutlineSourceData, toSiteSourceData, type Lang } from './sources';

// The documents by publisher, with the years they span, so an exported image says when its facts hold.
export const DATA_ATTRIBUTION = 'Data: Regio Deal Twente, Provincie Overijssel, Twente Board, Netwerkstad Twente (2013–2023)';

/** What the drawn geometry's licences ask to be credited: the outlines', traced lines' and positions' sources. */
export function geometryAttribution(data: AtlasData): string {
  const credits = [
    ...data.outlines.features.map((f) => f.properties.attribution),
    ...data.links.features.map((f) => f.properties.geometrySource?.attribution),
    ...data.sites.features.map((f) => f.properties.geometrySource?.attribution),
  ].flatMap((credit) => (credit ? credit.split(', ') : []));
  return [...new Set(credits)].sort().join(', ');
}
export const THEMATIC_LAYERS = [...outlineLayers, ...linkLayers, ...siteLayers];
/** Basemap layers go below this one. */
export const FIRST_THEMATIC_LAYER = THEMATIC_LAYERS[0]!.id;

export interface ThematicOptions {
  /** Cluster the sites (large site sets): site layers then draw only the points outside clusters. */
  clustered: boolean;
}

export function installThematicLayers(map: MaplibreMap, data: AtlasData, lang: Lang, { clustered }: ThematicOptions): void {
  for (const kind of SITE_KINDS) {
    if (!map.hasImage(iconName(kind))) {
      const icon = rasterizeIcon(SITE_ICONS[kind]);
      map.addImage(iconName(kind), { width: icon.width, height: icon.height, data: icon.data }, { pixelRatio: icon.pixelRatio });
    }
  }
  map.addSource(OUTLINES_SOURCE, { type: 'geojson', data: toOutlineSourceData(data), promoteId: 'siteId', attribution: `Geometry: ${geometryAttribution(data)}` });
  map.addSource(LINKS_SOURCE, { type: 'geojson', data: toLinkSourceData(data, lang), promoteId: 'id' });
  map.addSource(SITES_SOURCE, {
    type: 'geojson',
    data: toSiteSourceData(data.sites, lang),
    promoteId: 'id',
    attribution: DATA_ATTRIBUTION,
    ...(clustered ? clusterSourceOptions : {}),
  });
  for (const layer of [...outlineLayers, ...linkLayers]) map.addLayer(layer);
  for (const layer of siteLayers) map.addLayer(clustered ? { ...layer, filter: NOT_CLUSTER } : layer);
  if (clustered) for (const layer of clusterLayers) map.addLayer(layer);
}

/** Swaps the labels to another language without touching layers or feature-state; a clustered source
 * keeps only the sites `keepSite` passes. */
export function relabelThematicSources(map: MaplibreMap, data: AtlasData, lang: Lang, keepSite?: (site: { id: string; kind: string }) => boolean): void {
  map.getSource<GeoJSONSource>(LINKS_SOURCE)?.setData(toLinkSourceData(data, lang));
  map.getSource<GeoJSONSource>(SITES_SOURCE)?.setData(toSiteSourceData(data.sites, lang, keepSite));
}
