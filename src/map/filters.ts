// Layer filters derived from the legend and the filters panel. Nothing hidden means no filter at all:
// MapLibre then has nothing to change (setting a filter, even one that keeps everything, makes it redo
// the layer's tiles).
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { LinkMode, SiteKind } from '../data/schema';

export const kindFilter = (hidden: readonly SiteKind[]): FilterSpecification | undefined => (hidden.length === 0 ? undefined : ['!', ['in', ['get', 'kind'], ['literal', [...hidden]]]]);

export const modeFilter = (hidden: readonly LinkMode[]): FilterSpecification | undefined => (hidden.length === 0 ? undefined : ['!', ['in', ['get', 'mode'], ['literal', [...hidden]]]]);

/** Kinds the legend hides, and — when filters constrain the sites — only the ids that pass them. */
export function siteFilter(idProperty: 'id' | 'siteId', hidden: readonly SiteKind[], allowedIds: readonly string[] | null): FilterSpecification | undefined {
  const kinds = kindFilter(hidden);
  if (allowedIds === null) return kinds;
  const ids: ExpressionSpecification = ['in', ['get', idProperty], ['literal', [...allowedIds]]];
  return kinds ? ['all', kinds as ExpressionSpecification, ids] : ids;
}

/** The same rule as `siteFilter`, as a predicate over site records (for a source that holds only what passes). */
export function siteKeeps(hidden: readonly SiteKind[], allowedIds: readonly string[] | null): (site: { id: string; kind: string }) => boolean {
  const hiddenKinds = new Set<string>(hidden);
  const allowed = allowedIds === null ? null : new Set(allowedIds);
  return (site) => !hiddenKinds.has(site.kind) && (allowed === null || allowed.has(site.id));
}
