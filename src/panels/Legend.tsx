// The legend doubles as layer control: one checkbox per site kind and link mode, with counts, and one per
// existing network the plan builds on (drawn by the offline basemap, distinct from the plan's links).
import { memo, useMemo } from 'react';
import type { AtlasData } from '../data/atlasData';
import { EXISTING_NETWORKS, LINK_MODES, LINK_STATUSES, SITE_KINDS, type ExistingNetwork, type LinkMode, type SiteKind } from '../data/vocabulary';
import { SHAPE_PATHS, SITE_ICONS } from '../map/icons';
import { LINK_MODE_COLORS, LINK_STATUS_DASHES } from '../map/layers/linkLayers';
import { useT } from '../i18n/useT';

interface Props {
  data: AtlasData;
  hiddenKinds: readonly SiteKind[];
  hiddenModes: readonly LinkMode[];
  hiddenNetworks: readonly ExistingNetwork[];
  /** The offline basemap draws the existing networks as layers of their own; other basemaps draw their own. */
  networksToggleable: boolean;
  onToggleKind: (kind: SiteKind) => void;
  onToggleMode: (mode: LinkMode) => void;
  onToggleNetwork: (network: ExistingNetwork) => void;
}

/** The colours the offline basemap draws the networks in. */
const NETWORK_SWATCHES: Record<ExistingNetwork, string> = { railways: '#8a8580', roads: '#e8b877', waterways: '#9cc6da' };

export function ShapeSwatch({ kind }: { kind: SiteKind }) {
  const icon = SITE_ICONS[kind];
  return (
    <svg className="swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path d={SHAPE_PATHS[icon.shape]} fill={icon.color} stroke="#fff" strokeWidth="1.5" />
    </svg>
  );
}

function LineSwatch({ color, dash }: { color: string; dash: number[] }) {
  const solid = dash[1] === 0;
  return (
    <svg className="swatch swatch--line" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true">
      <line x1="1" y1="5" x2="27" y2="5" stroke={color} strokeWidth="3" strokeDasharray={solid ? undefined : dash.map((d) => d * 3).join(' ')} />
    </svg>
  );
}

export const Legend = memo(function Legend({ data, hiddenKinds, hiddenModes, hiddenNetworks, networksToggleable, onToggleKind, onToggleMode, onToggleNetwork }: Props) {
  const t = useT();
  // Counted once per data set: with a large atlas a count per render would cost more than the render.
  const counts = useMemo(() => {
    const tally = new Map<string, number>();
    for (const f of data.sites.features) tally.set(f.properties.kind, (tally.get(f.properties.kind) ?? 0) + 1);
    for (const f of data.links.features) tally.set(f.properties.mode, (tally.get(f.properties.mode) ?? 0) + 1);
    return tally;
  }, [data]);
  const kindCount = (kind: SiteKind) => counts.get(kind) ?? 0;
  const modeCount = (mode: LinkMode) => counts.get(mode) ?? 0;
  const modes = LINK_MODES.filter((mode) => modeCount(mode) > 0);
  return (
    <section className="legend" aria-label={t.legend.label}>
      <fieldset>
        <legend>{t.legend.sites}</legend>
        {SITE_KINDS.map((kind) => (
          <label key={kind} className="legend__row">
            <input type="checkbox" checked={!hiddenKinds.includes(kind)} onChange={() => onToggleKind(kind)} data-kind={kind} />
            <ShapeSwatch kind={kind} />
            <span className="legend__label">{t.kindPlurals[kind]}</span>
            <span className="count">{kindCount(kind)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.legend.links}</legend>
        {modes.map((mode) => (
          <label key={mode} className="legend__row">
            <input type="checkbox" checked={!hiddenModes.includes(mode)} onChange={() => onToggleMode(mode)} data-mode={mode} />
            <LineSwatch color={LINK_MODE_COLORS[mode]} dash={[1, 0]} />
            <span className="legend__label">{t.modes[mode]}</span>
            <span className="count">{modeCount(mode)}</span>
          </label>
        ))}
        <div className="legend__statuses" aria-label={t.legend.statusStyles}>
          {LINK_STATUSES.map((status) => (
            <span key={status} className="legend__status">
              <LineSwatch color="#444" dash={LINK_STATUS_DASHES[status]} />
              {t.statuses[status]}
            </span>
          ))}
        </div>
      </fieldset>
      <fieldset data-testid="legend-networks">
        <legend>{t.legend.networks}</legend>
        {EXISTING_NETWORKS.map((network) => (
          <label key={network} className="legend__row">
            <input type="checkbox" checked={!hiddenNetworks.includes(network)} disabled={!networksToggleable} onChange={() => onToggleNetwork(network)} data-network={network} />
            <LineSwatch color={NETWORK_SWATCHES[network]} dash={[1, 0]} />
            <span className="legend__label">{t.legend.networkNames[network]}</span>
          </label>
        ))}
        <p className="note">{networksToggleable ? t.legend.networksNote : t.legend.networksOtherBasemap}</p>
      </fieldset>
    </section>
  );
});
