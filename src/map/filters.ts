// Layer filters derived from the legend and the filters panel.
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { LinkMode, SiteKind } from '../data/schema';

export const kindFilter = (hidden: readonly SiteKind[]): FilterSpecification =>
  ['!', ['in', ['get', 'kind'], ['literal', [...hidden]]]];

export const modeFilter = (hidden: readonly LinkMode[]): FilterSpecification =>
  ['!', ['in', ['get', 'mode'], ['literal', [...hidden]]]];

/** Kinds the legend hides, and — when filters constrain the sites — only the ids that pass them. */
export function siteFilter(idProperty: 'id' | 'siteId', hidden: readonly SiteKind[], allowedIds: readonly string[] | null): FilterSpecification {
  if (allowedIds === null) return kindFilter(hidden);
  return ['all', kindFilter(hidden) as ExpressionSpecification, ['in', ['get', idProperty], ['literal', [...allowedIds]]]];
}

/** The same rule as `siteFilter`, as a predicate over site records (for a source that holds only what passes). */
export function siteKeeps(hidden: readonly SiteKind[], allowedIds: readonly string[] | null): (site: { id: string; kind: string }) => boolean {
  const hiddenKinds = new Set<string>(hidden);
  const allowed = allowedIds === null ? null : new Set(allowedIds);
  return (site) => !hiddenKinds.has(site.kind) && (allowed === null || allowed.has(site.id));
}
