// Adds the atlas's own sources, symbols and layers (outlines, links, sites, bottom to top).
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { AtlasData } from '../data/atlasData';
import { SITE_KINDS, type SiteKind } from '../data/vocabulary';
import { iconName, rasterizeIcon, SITE_ICONS } from './icons';
import { linkLayers, LINKS_SOURCE } from './layers/linkLayers';
import { outlineLayers, OUTLINES_SOURCE } from './layers/outlineLayers';
import { clusterSourceOptions } from './layers/clusterLayers';
import { siteLayers } from './layers/siteLayers';
import type { SiteLayout } from './layers/siteLayout';
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

export function installThematicLayers(map: MaplibreMap, data: AtlasData, lang: Lang, layout: SiteLayout): void {
  for (const kind of SITE_KINDS) {
    if (!map.hasImage(iconName(kind))) {
      const icon = rasterizeIcon(SITE_ICONS[kind]);
      map.addImage(iconName(kind), { width: icon.width, height: icon.height, data: icon.data }, { pixelRatio: icon.pixelRatio });
    }
  }
  map.addSource(OUTLINES_SOURCE, { type: 'geojson', data: toOutlineSourceData(data), promoteId: 'siteId', attribution: `Geometry: ${geometryAttribution(data)}` });
  map.addSource(LINKS_SOURCE, { type: 'geojson', data: toLinkSourceData(data, lang), promoteId: 'id' });
  for (const [i, source] of layout.sources.entries())
    map.addSource(source.id, {
      type: 'geojson',
      data: toSiteSourceData(data.sites, lang, (site) => source.kinds.includes(site.kind as SiteKind)),
      promoteId: 'id',
      ...(i === 0 ? { attribution: DATA_ATTRIBUTION } : {}),
      ...(layout.clustered ? clusterSourceOptions : {}),
    });
  for (const layer of [...outlineLayers, ...linkLayers, ...layout.layers]) map.addLayer(layer);
}

/** Swaps the labels to another language without touching layers or feature-state; a source keeps only the
 * sites `keepSite` passes. */
export function relabelThematicSources(map: MaplibreMap, data: AtlasData, lang: Lang, layout: SiteLayout, keepSite: (site: { id: string; kind: string }) => boolean = () => true): void {
  map.getSource<GeoJSONSource>(LINKS_SOURCE)?.setData(toLinkSourceData(data, lang));
  for (const source of layout.sources) map.getSource<GeoJSONSource>(source.id)?.setData(toSiteSourceData(data.sites, lang, (site) => source.kinds.includes(site.kind as SiteKind) && keepSite(site)));
}
