import type { StateCreator } from 'zustand/vanilla';
import {
  EXISTING_NETWORKS,
  FUNDER_KEYS,
  LINK_MODES,
  PARTNER_TYPES,
  SITE_KINDS,
  THEME_IDS,
  type ExistingNetwork,
  type FunderKey,
  type LinkMode,
  type PartnerType,
  type SiteKind,
} from '../data/vocabulary';
import type { Region } from '../data/siteFilters';
import type { AtlasState } from './store';

export const REGIONS: readonly Region[] = ['twente', 'west-overijssel'];
export type ThemeId = (typeof THEME_IDS)[number];

/** Constraints beyond the legend: a site must match one value of each non-empty list. */
export interface Constraints {
  regions: Region[];
  funders: FunderKey[];
  partnerTypes: PartnerType[];
  themes: ThemeId[];
}
export type ConstraintKey = keyof Constraints;

export const CONSTRAINT_VALUES: { [K in ConstraintKey]: readonly Constraints[K][number][] } = {
  regions: REGIONS,
  funders: FUNDER_KEYS,
  partnerTypes: PARTNER_TYPES,
  themes: THEME_IDS,
};

export const EMPTY_CONSTRAINTS: Constraints = { regions: [], funders: [], partnerTypes: [], themes: [] };

/** What the legend hides and what the filters require. Everything shown by default, so an empty URL means "all". */
export interface FiltersSlice extends Constraints {
  hiddenKinds: SiteKind[];
  hiddenModes: LinkMode[];
  hiddenNetworks: ExistingNetwork[];
  toggleKind: (kind: SiteKind) => void;
  toggleMode: (mode: LinkMode) => void;
  toggleNetwork: (network: ExistingNetwork) => void;
  /** Networks left out are shown. */
  setHidden: (hidden: { kinds: SiteKind[]; modes: LinkMode[]; networks?: ExistingNetwork[] }) => void;
  toggleConstraint: <K extends ConstraintKey>(key: K, value: Constraints[K][number]) => void;
  setConstraints: (constraints: Constraints) => void;
  clearConstraints: () => void;
}

const toggle = <T extends string>(list: readonly T[], value: T, order: readonly T[]): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : order.filter((v) => v === value || list.includes(v));

const canonical = (c: Constraints): Constraints => ({
  regions: REGIONS.filter((v) => c.regions.includes(v)),
  funders: FUNDER_KEYS.filter((v) => c.funders.includes(v)),
  partnerTypes: PARTNER_TYPES.filter((v) => c.partnerTypes.includes(v)),
  themes: THEME_IDS.filter((v) => c.themes.includes(v)),
});

export const createFiltersSlice: StateCreator<AtlasState, [], [], FiltersSlice> = (set) => ({
  hiddenKinds: [],
  hiddenModes: [],
  hiddenNetworks: [],
  ...EMPTY_CONSTRAINTS,
  toggleKind: (kind) => set((s) => ({ hiddenKinds: toggle(s.hiddenKinds, kind, SITE_KINDS) })),
  toggleMode: (mode) => set((s) => ({ hiddenModes: toggle(s.hiddenModes, mode, LINK_MODES) })),
  toggleNetwork: (network) => set((s) => ({ hiddenNetworks: toggle(s.hiddenNetworks, network, EXISTING_NETWORKS) })),
  setHidden: ({ kinds, modes, networks = [] }) =>
    set({
      hiddenKinds: SITE_KINDS.filter((k) => kinds.includes(k)),
      hiddenModes: LINK_MODES.filter((m) => modes.includes(m)),
      hiddenNetworks: EXISTING_NETWORKS.filter((n) => networks.includes(n)),
    }),
  toggleConstraint: (key, value) => set((s) => ({ [key]: toggle(s[key] as string[], value as string, CONSTRAINT_VALUES[key] as readonly string[]) }) as Partial<AtlasState>),
  setConstraints: (constraints) => set(canonical(constraints)),
  clearConstraints: () => set(EMPTY_CONSTRAINTS),
});
