// What the exported image's legend lists: the site kinds, link modes and line styles the map shows at that
// moment (hidden layers left out, so the legend explains the picture and nothing else), in the legend's order.
import type { AtlasData } from '../data/atlasData';
import type { Messages } from '../i18n/en';
import { LINK_MODES, LINK_STATUSES, SITE_KINDS, type LinkMode, type LinkStatus, type SiteKind } from '../data/vocabulary';
import { LINK_MODE_COLORS, LINK_STATUS_DASHES } from '../map/layers/linkLayers';

/** The neutral colour line styles are shown in (as in the sidebar's legend). */
export const STATUS_SWATCH_COLOR = '#444444';

export type LegendSwatch = { kind: SiteKind } | { line: { color: string; dash: readonly number[] } };

export interface PngLegendEntry {
  label: string;
  swatch: LegendSwatch;
  /** Entries of one group share rows; each group starts a row of its own. */
  group: 'kinds' | 'modes' | 'statuses';
}

export interface LegendWords {
  kinds: Record<SiteKind, string>;
  modes: Record<LinkMode, string>;
  statuses: Record<LinkStatus, string>;
}

/** The legend's words from the reader's catalogue. */
export const legendWords = (t: Messages): LegendWords => ({ kinds: t.kindPlurals, modes: t.modes, statuses: t.statuses });

/** `layers` is what the reader has hidden (the store's layer state). */
export function pngLegend(data: Pick<AtlasData, 'sites' | 'links'>, layers: { hiddenKinds: readonly SiteKind[]; hiddenModes: readonly LinkMode[] }, words: LegendWords): PngLegendEntry[] {
  const kinds = new Set(data.sites.features.map((f) => f.properties.kind));
  const shownLinks = data.links.features.filter((f) => !layers.hiddenModes.includes(f.properties.mode));
  const modes = new Set(shownLinks.map((f) => f.properties.mode));
  const statuses = new Set(shownLinks.map((f) => f.properties.status));
  return [
    ...SITE_KINDS.filter((kind) => kinds.has(kind) && !layers.hiddenKinds.includes(kind)).map((kind) => ({ label: words.kinds[kind], swatch: { kind }, group: 'kinds' as const })),
    ...LINK_MODES.filter((mode) => modes.has(mode)).map((mode) => ({ label: words.modes[mode], swatch: { line: { color: LINK_MODE_COLORS[mode], dash: [1, 0] } }, group: 'modes' as const })),
    ...LINK_STATUSES.filter((status) => statuses.has(status)).map((status) => ({
      label: words.statuses[status],
      swatch: { line: { color: STATUS_SWATCH_COLOR, dash: LINK_STATUS_DASHES[status] } },
      group: 'statuses' as const,
    })),
  ];
}
