// Layer filters derived from what the legend hides.
import type { FilterSpecification } from 'maplibre-gl';
import type { LinkMode, SiteKind } from '../data/schema';

export const kindFilter = (hidden: readonly SiteKind[]): FilterSpecification =>
  ['!', ['in', ['get', 'kind'], ['literal', [...hidden]]]];

export const modeFilter = (hidden: readonly LinkMode[]): FilterSpecification =>
  ['!', ['in', ['get', 'mode'], ['literal', [...hidden]]]];
