// Flattens site records into what the GeoJSON source needs: an id to key feature-state, the kind and a label.
import type { FeatureCollection, Point } from 'geojson';
import type { SiteCollection } from '../data/schema';

export type Lang = 'nl' | 'en';

export interface SiteFeatureProps {
  id: string;
  kind: string;
  label: string;
  /** Label priority: lower wins collisions and shows at lower zooms. */
  rank: number;
}

export const KIND_RANK: Record<string, number> = { 'top-location': 0, quay: 1, 'creative-breeding-ground': 2, facility: 3 };

export function toSiteSourceData(sites: SiteCollection, lang: Lang): FeatureCollection<Point, SiteFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: sites.features.map((feature) => ({
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
