// Filters that act on the map and every list together: which sites remain visible.
import type { AtlasData } from './atlasData';
import { budgetLinesForSite, partnersForSite, projectsForSite } from './derive';
import type { FunderKey, PartnerType, SiteKind } from './schema';

export type Region = 'twente' | 'west-overijssel';

export interface SiteFilterState {
  hiddenKinds: readonly SiteKind[];
  /** Each list empty = no constraint; otherwise a site must match at least one value. */
  regions: readonly Region[];
  funders: readonly FunderKey[];
  partnerTypes: readonly PartnerType[];
  themes: readonly string[];
}

export const NO_FILTERS: SiteFilterState = { hiddenKinds: [], regions: [], funders: [], partnerTypes: [], themes: [] };

export const hasConstraints = (f: SiteFilterState) => f.regions.length + f.funders.length + f.partnerTypes.length + f.themes.length > 0;

export function visibleSiteIds(data: AtlasData, f: SiteFilterState): string[] {
  return data.sites.features
    .filter(({ properties: p }) => {
      if (f.hiddenKinds.includes(p.kind)) return false;
      if (f.regions.length > 0 && !f.regions.includes(p.region)) return false;
      if (f.funders.length > 0 && !budgetLinesForSite(data, p.id).some(({ line }) => f.funders.some((k) => (line.amounts[k] ?? 0) > 0))) return false;
      if (f.partnerTypes.length > 0 && !partnersForSite(data, p.id).some((g) => f.partnerTypes.includes(g.type))) return false;
      if (f.themes.length > 0 && !projectsForSite(data, p.id).some((project) => project.theme && f.themes.includes(project.theme))) return false;
      return true;
    })
    .map((s) => s.properties.id);
}
