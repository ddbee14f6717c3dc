// A basemap is a set of sources and layers slotted in below the thematic layers. Ids are prefixed so the
// basemap can be swapped without touching anything else.
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

export const BASEMAP_PREFIX = 'basemap:';

export interface BasemapParts {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  glyphs?: string;
  sprite?: StyleSpecification['sprite'];
}

export const isBasemapId = (id: string) => id.startsWith(BASEMAP_PREFIX);

/** Marks a basemap layer (town and station names) to be drawn above the plan's lines. */
export const OVER_LINKS = { 'atlas:over-links': true } as const;
export const isOverLinks = (layer: LayerSpecification) => (layer.metadata as Record<string, unknown> | undefined)?.['atlas:over-links'] === true;
/** Marks a basemap layer (city names) to be drawn, and placed, above everything: before the sites' names. */
export const OVER_SITES = { 'atlas:over-sites': true } as const;
export const isOverSites = (layer: LayerSpecification) => (layer.metadata as Record<string, unknown> | undefined)?.['atlas:over-sites'] === true;

/** Takes a complete style (e.g. fetched online) and turns it into prefixed parts. */
export function partsFromStyle(style: StyleSpecification): BasemapParts {
  const sources = Object.fromEntries(Object.entries(style.sources).map(([id, source]) => [BASEMAP_PREFIX + id, source]));
  const layers = style.layers.map((layer) => {
    const renamed = { ...layer, id: BASEMAP_PREFIX + layer.id } as LayerSpecification & { source?: string };
    if ('source' in layer && typeof layer.source === 'string') renamed.source = BASEMAP_PREFIX + layer.source;
    return renamed as LayerSpecification;
  });
  return { sources, layers, glyphs: style.glyphs, sprite: style.sprite };
}
