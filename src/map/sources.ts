// Flattens data records into what the GeoJSON sources need: an id to key feature-state, the properties
// the layer expressions read, and a label in the current language.
import { circle } from '@turf/turf';
import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import type { AtlasData } from '../data/atlasData';
import type { SiteCollection } from '../data/schema';
import type { Locale } from '../format/money';

/** The interface language (one type for data text and number formats). */
export type Lang = Locale;

export const KIND_RANK: Record<string, number> = { 'top-location': 0, quay: 1, 'creative-breeding-ground': 2, facility: 3 };

export interface SiteFeatureProps {
  id: string;
  kind: string;
  label: string;
  /** Label priority: lower wins collisions and shows at lower zooms. */
  rank: number;
}

/** The sites as a source needs them; `keep` leaves some out (a clustered source holds only what is shown). */
export function toSiteSourceData(sites: SiteCollection, lang: Lang, keep?: (site: { id: string; kind: string }) => boolean): FeatureCollection<Point, SiteFeatureProps> {
  const kept = keep ? sites.features.filter((feature) => keep(feature.properties)) : sites.features;
  return {
    type: 'FeatureCollection',
    features: kept.map((feature) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...feature.geometry.coordinates] },
      properties: {
        id: feature.properties.id,
        kind: feature.properties.kind,
        label: feature.properties.name[lang],
        rank: KIND_RANK[feature.properties.kind] ?? 9,
      },
    })),
  };
}

export interface SiteSourceDiff {
  remove: string[];
  add: FeatureCollection<Point, SiteFeatureProps>['features'];
  /** The ids the source holds once the diff is applied. */
  shown: Set<string>;
}

/**
 * What changes in a source that holds only the sites `keep` passes, when it now holds `shown`: sent as a
 * diff, a filter change moves only the sites that come and go (not all 100,000) to the map's worker.
 */
export function siteSourceDiff(sites: SiteCollection, lang: Lang, shown: ReadonlySet<string>, keep: (site: { id: string; kind: string }) => boolean): SiteSourceDiff {
  const next = new Set<string>();
  const comeIn: SiteCollection['features'] = [];
  for (const feature of sites.features) {
    if (!keep(feature.properties)) continue;
    next.add(feature.properties.id);
    if (!shown.has(feature.properties.id)) comeIn.push(feature);
  }
  const remove = [...shown].filter((id) => !next.has(id));
  return { remove, add: toSiteSourceData({ ...sites, features: comeIn }, lang).features, shown: next };
}

export interface LinkFeatureProps {
  id: string;
  mode: string;
  status: string;
  label: string;
}

export function toLinkSourceData(data: AtlasData, lang: Lang): FeatureCollection<LineString, LinkFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: data.links.features.map((feature) => ({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: feature.geometry.coordinates.map((c) => [...c]) },
      properties: { id: feature.properties.id, mode: feature.properties.mode, status: feature.properties.status, label: feature.properties.name[lang] },
    })),
  };
}

export interface OutlineFeatureProps {
  siteId: string;
  kind: string;
  /** A ring of the stated uncertainty around an approximate position, not a surveyed outline. */
  approximate: boolean;
}

/**
 * The real outlines and, for every site whose position is approximate, a ring of its stated uncertainty: each
 * carries its site's id (feature-state follows the site's selection) and kind (the legend hides it with the site).
 */
export function toOutlineSourceData(data: AtlasData): FeatureCollection<Polygon, OutlineFeatureProps> {
  const kindOf = new Map(data.sites.features.map((f) => [f.properties.id, f.properties.kind]));
  const outlines = data.outlines.features.map((feature) => ({
    type: 'Feature' as const,
    geometry: { type: 'Polygon' as const, coordinates: feature.geometry.coordinates.map((ring) => ring.map((c) => [...c])) },
    properties: { siteId: feature.properties.siteId, kind: kindOf.get(feature.properties.siteId) ?? 'top-location', approximate: false },
  }));
  const rings = data.sites.features
    .filter((f) => f.properties.uncertaintyM !== undefined)
    .map((f) => ({
      ...circle([...f.geometry.coordinates], f.properties.uncertaintyM! / 1000, { units: 'kilometers', steps: 48 }),
      properties: { siteId: f.properties.id, kind: f.properties.kind, approximate: true },
    }));
  return { type: 'FeatureCollection', features: [...outlines, ...rings] };
}
