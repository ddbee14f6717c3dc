// Clusters for large site sets (the atlas's own 26 sites are never clustered): a disc sized by how many
// sites it holds, and the count. Site layers then draw only the points that are not in a cluster.
import type { CircleLayerSpecification, FilterSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { LABEL_FONT_BOLD } from '../fonts';
import { SITES_SOURCE } from './siteLayers';

export const SITE_CLUSTER_LAYER = 'sites-cluster';
export const SITE_CLUSTER_COUNT_LAYER = 'sites-cluster-count';

/** From this many sites on, the sites source clusters (measured: 100,000 unclustered symbols take seconds a frame). */
export const CLUSTER_FROM_SITES = 2000;
/** Above this zoom every site is drawn on its own; a site focused from a list (zoom 12.5) is never hidden in a cluster. */
export const CLUSTER_MAX_ZOOM = 12;

export const IS_CLUSTER: FilterSpecification = ['has', 'point_count'];
export const NOT_CLUSTER: FilterSpecification = ['!', ['has', 'point_count']];

export const siteClusterLayer: CircleLayerSpecification = {
  id: SITE_CLUSTER_LAYER,
  type: 'circle',
  source: SITES_SOURCE,
  filter: IS_CLUSTER,
  paint: {
    'circle-color': '#1c3d8f',
    'circle-opacity': 0.82,
    'circle-radius': ['step', ['get', 'point_count'], 12, 50, 16, 500, 21, 5000, 27],
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 2,
  },
};

export const siteClusterCountLayer: SymbolLayerSpecification = {
  id: SITE_CLUSTER_COUNT_LAYER,
  type: 'symbol',
  source: SITES_SOURCE,
  filter: IS_CLUSTER,
  layout: {
    'text-field': ['get', 'point_count_abbreviated'],
    'text-font': ['literal', [LABEL_FONT_BOLD]],
    'text-size': 12,
    'text-allow-overlap': true,
  },
  paint: { 'text-color': '#ffffff' },
};

export const clusterLayers = [siteClusterLayer, siteClusterCountLayer] as const;

export const clusterSourceOptions = { cluster: true, clusterRadius: 45, clusterMaxZoom: CLUSTER_MAX_ZOOM } as const;

export const shouldCluster = (siteCount: number) => siteCount >= CLUSTER_FROM_SITES;
