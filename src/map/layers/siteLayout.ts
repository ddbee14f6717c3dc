// Where the sites are drawn. The atlas's own sites: one source and one set of layers. Large site sets: a
// clustered source per kind, each with its own layers and clusters, so the legend hiding a kind only hides its
// layers (no re-clustering of what stays), and the other filters send each source only its own changes.
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { SITE_KINDS, type SiteKind } from '../../data/vocabulary';
import { clusterLayers, NOT_CLUSTER, SITE_CLUSTER_LAYER } from './clusterLayers';
import { SITE_HALO_LAYER, siteLayers, SITES_SOURCE } from './siteLayers';

export interface SiteLayout {
  clustered: boolean;
  /** The sources, each with the kinds it holds. */
  sources: Array<{ id: string; kinds: readonly SiteKind[] }>;
  /** The site layers, bottom to top. */
  layers: LayerSpecification[];
  /** The layers that answer clicks and hovers on sites, and on clusters. */
  hitLayers: string[];
  clusterLayers: string[];
  /** The lowest site layer: what goes under the sites (planner overlays, basemap labels) goes below it. */
  firstLayer: string;
  /** The layers of one kind (only where each kind has its own). */
  kindLayers: (kind: SiteKind) => string[];
  /** The source a site of this kind is in. */
  sourceOf: (kind: string) => string;
}

/** Kinds bottom to top: the top locations drawn last, so their symbols and labels win. */
const KINDS_UPWARD = [...SITE_KINDS].reverse();

export const kindSourceId = (kind: SiteKind) => `${SITES_SOURCE}:${kind}`;
const kindLayerId = (id: string, kind: SiteKind) => `${id}:${kind}`;

export function siteLayout(clustered: boolean): SiteLayout {
  if (!clustered)
    return {
      clustered,
      sources: [{ id: SITES_SOURCE, kinds: SITE_KINDS }],
      layers: [...siteLayers],
      hitLayers: [SITE_HALO_LAYER],
      clusterLayers: [],
      firstLayer: SITE_HALO_LAYER,
      kindLayers: () => [],
      sourceOf: () => SITES_SOURCE,
    };
  const perKind = (layer: LayerSpecification, kind: SiteKind, filter?: FilterSpecification) =>
    ({ ...layer, id: kindLayerId(layer.id, kind), source: kindSourceId(kind), ...(filter ? { filter } : {}) }) as LayerSpecification;
  const layers = [
    ...siteLayers.flatMap((layer) => KINDS_UPWARD.map((kind) => perKind(layer, kind, NOT_CLUSTER))),
    ...clusterLayers.flatMap((layer) => KINDS_UPWARD.map((kind) => perKind(layer, kind))),
  ];
  return {
    clustered,
    sources: SITE_KINDS.map((kind) => ({ id: kindSourceId(kind), kinds: [kind] })),
    layers,
    hitLayers: KINDS_UPWARD.map((kind) => kindLayerId(SITE_HALO_LAYER, kind)),
    clusterLayers: KINDS_UPWARD.map((kind) => kindLayerId(SITE_CLUSTER_LAYER, kind)),
    firstLayer: layers[0]!.id,
    kindLayers: (kind) => layers.filter((layer) => layer.id.endsWith(`:${kind}`)).map((layer) => layer.id),
    sourceOf: (kind) => kindSourceId(kind as SiteKind),
  };
}
