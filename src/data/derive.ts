// Derived views of the atlas data: what belongs to a site, a partner, a programme. Pure functions over the
// validated records, so panels, exports and tests all read the same numbers.
import { distance } from '@turf/turf';
import type { AtlasData } from './atlasData';
import { sumAmounts } from './budgetCheck';
import { FUNDER_KEYS, PARTNER_TYPES, type FunderKey, type PartnerType } from './vocabulary';
import type { Amounts, BudgetLine, BudgetTable, KeyFigure, LinkFeature, Milestone, Partner, Project, SiteFeature } from './schema';

interface RecordIndex {
  sites: Map<string, SiteFeature>;
  links: Map<string, LinkFeature>;
  projects: Map<string, Project>;
  partners: Map<string, Partner>;
  /** Sites by the site they belong to (facilities inside a top location). */
  children: Map<string, SiteFeature[]>;
  /** Each site's family, worked out once when first asked for (a panel asks several times per render). */
  families: Map<string, ReadonlySet<string>>;
  /** Each site's own partners, grouped, worked out once when first asked for (a park: thousands of facilities). */
  partnerGroups: Map<string, SitePartnerGroup[]>;
}

// Look-ups by id, built once per data set (the data never changes after loading; 100,000 sites in the
// bench would make every linear search felt).
const indexes = new WeakMap<AtlasData, RecordIndex>();
function indexOf(data: AtlasData): RecordIndex {
  let index = indexes.get(data);
  if (!index) {
    index = {
      sites: new Map(data.sites.features.map((f) => [f.properties.id, f])),
      links: new Map(data.links.features.map((f) => [f.properties.id, f])),
      projects: new Map(data.projects.projects.map((p) => [p.id, p])),
      partners: new Map(data.partners.map((p) => [p.id, p])),
      children: new Map(),
      families: new Map(),
      partnerGroups: new Map(),
    };
    for (const site of data.sites.features) {
      const parent = site.properties.parentSiteId;
      if (!parent) continue;
      const siblings = index.children.get(parent);
      if (siblings) siblings.push(site);
      else index.children.set(parent, [site]);
    }
    indexes.set(data, index);
  }
  return index;
}

export const siteById = (data: AtlasData, id: string): SiteFeature | undefined => indexOf(data).sites.get(id);
export const linkById = (data: AtlasData, id: string): LinkFeature | undefined => indexOf(data).links.get(id);
export const projectById = (data: AtlasData, id: string): Project | undefined => indexOf(data).projects.get(id);
export const partnerById = (data: AtlasData, id: string): Partner | undefined => indexOf(data).partners.get(id);

export type SelectedRecord = { kind: 'site'; site: SiteFeature } | { kind: 'link'; link: LinkFeature } | { kind: 'project'; project: Project } | { kind: 'partner'; partner: Partner };

/** The record a selection points at, or undefined when it points at nothing known. */
export function selectedRecord(data: AtlasData, selection: { kind: string; id: string } | null): SelectedRecord | undefined {
  if (!selection) return undefined;
  if (selection.kind === 'site') {
    const site = siteById(data, selection.id);
    return site && { kind: 'site', site };
  }
  if (selection.kind === 'link') {
    const link = linkById(data, selection.id);
    return link && { kind: 'link', link };
  }
  if (selection.kind === 'project') {
    const project = projectById(data, selection.id);
    return project && { kind: 'project', project };
  }
  if (selection.kind === 'partner') {
    const partner = partnerById(data, selection.id);
    return partner && { kind: 'partner', partner };
  }
  return undefined;
}

/** A site and every facility below it (the quay under XL Businesspark, Gallery under Kennispark …). */
export function siteFamilySet(data: AtlasData, siteId: string): ReadonlySet<string> {
  const { families } = indexOf(data);
  let family = families.get(siteId);
  if (!family) {
    const members = new Set([siteId]);
    // A Set iterates the members added while iterating: a breadth-first walk down the tree.
    for (const id of members) for (const f of childSites(data, id)) members.add(f.properties.id);
    families.set(siteId, members);
    family = members;
  }
  return family;
}

export const siteFamily = (data: AtlasData, siteId: string): string[] => [...siteFamilySet(data, siteId)];

export const childSites = (data: AtlasData, siteId: string): SiteFeature[] => indexOf(data).children.get(siteId) ?? [];

export interface SiteBudgetLine {
  project: Project;
  table: BudgetTable;
  line: BudgetLine;
  /** The line's funders summed, to compare with its stated total. */
  computed: number;
}

export function budgetLinesForSite(data: AtlasData, siteId: string): SiteBudgetLine[] {
  const family = siteFamilySet(data, siteId);
  return data.projects.projects.flatMap((project) =>
    project.budgets.flatMap((table) => table.lines.filter((line) => line.siteId && family.has(line.siteId)).map((line) => ({ project, table, line, computed: sumAmounts(line.amounts) }))),
  );
}

export interface FunderTotals {
  byFunder: Record<FunderKey, number>;
  /** The sum of the stated totals. */
  stated: number;
  /** The sum of the funder amounts. */
  computed: number;
  /** Totals the sources do not split by funder. */
  unsplit: number;
}

export function totalsByFunder(items: ReadonlyArray<{ amounts: Amounts; total: number; unsplit?: boolean }>): FunderTotals {
  const byFunder = Object.fromEntries(FUNDER_KEYS.map((k) => [k, 0])) as Record<FunderKey, number>;
  let stated = 0;
  let unsplit = 0;
  for (const item of items) {
    stated += item.total;
    if (item.unsplit) unsplit += item.total;
    for (const key of FUNDER_KEYS) byFunder[key] += item.amounts[key] ?? 0;
  }
  return { byFunder, stated, computed: sumAmounts(byFunder), unsplit };
}

export const siteFunding = (data: AtlasData, siteId: string) => totalsByFunder(budgetLinesForSite(data, siteId).map((l) => l.line));

/** Projects that name the site (or one of its facilities) or fund it in a budget line. */
export function projectsForSite(data: AtlasData, siteId: string): Project[] {
  const family = siteFamilySet(data, siteId);
  return data.projects.projects.filter((p) => p.siteIds.some((id) => family.has(id)) || p.budgets.some((t) => t.lines.some((l) => l.siteId && family.has(l.siteId))));
}

export interface SitePartnerGroup {
  type: PartnerType;
  partners: Partner[];
}

/**
 * The organisations the sources tie to the site itself or one of its facilities, grouped by type in
 * PARTNER_TYPES order (a project's other partners are not the site's: see projectPartnersForSite).
 * Worked out once per site: the result is shared, so callers must not change it.
 */
export function partnersForSite(data: AtlasData, siteId: string): readonly SitePartnerGroup[] {
  const index = indexOf(data);
  let groups = index.partnerGroups.get(siteId);
  if (!groups) {
    // Facilities of one park name the same few partners over and over: each is looked up once.
    const named = new Set<string>();
    for (const id of siteFamilySet(data, siteId)) for (const p of index.sites.get(id)?.properties.partnerIds ?? []) named.add(p);
    const partners = [...named].map((id) => index.partners.get(id)).filter((p) => p !== undefined);
    groups = groupByType(partners);
    index.partnerGroups.set(siteId, groups);
  }
  return groups;
}

const groupByType = (partners: readonly Partner[]): SitePartnerGroup[] =>
  PARTNER_TYPES.map((type) => ({ type, partners: partners.filter((p) => p.type === type).sort((a, b) => a.name.localeCompare(b.name)) })).filter((g) => g.partners.length > 0);

/** Per project of the site, its partners that the sources do not tie to the site itself. */
export function projectPartnersForSite(data: AtlasData, siteId: string): Array<{ project: Project; partners: Partner[] }> {
  const atSite = new Set(partnersForSite(data, siteId).flatMap((g) => g.partners.map((p) => p.id)));
  return projectsForSite(data, siteId)
    .map((project) => ({
      project,
      partners: project.partnerIds
        .filter((id) => !atSite.has(id))
        .map((id) => partnerById(data, id))
        .filter((p) => p !== undefined)
        .sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .filter((entry) => entry.partners.length > 0);
}

export interface DatedMilestone extends Milestone {
  projectId: string;
}

/** Milestones of the site and its facilities, plus site-less milestones of projects that name the site. */
export function milestonesForSite(data: AtlasData, siteId: string): DatedMilestone[] {
  const family = siteFamilySet(data, siteId);
  const naming = new Set(
    projectsForSite(data, siteId)
      .filter((p) => p.siteIds.length <= 5)
      .map((p) => p.id),
  );
  return data.projects.projects
    .flatMap((p) => p.milestones.map((m) => ({ ...m, projectId: p.id })))
    .filter((m) => (m.siteId ? family.has(m.siteId) : naming.has(m.projectId)))
    .sort((a, b) => a.year - b.year || (a.yearEnd ?? a.year) - (b.yearEnd ?? b.year));
}

export function figuresForSite(data: AtlasData, siteId: string): Array<KeyFigure & { projectId: string }> {
  const family = siteFamilySet(data, siteId);
  return data.projects.projects.flatMap((p) => p.keyFigures.filter((f) => f.siteId && family.has(f.siteId)).map((f) => ({ ...f, projectId: p.id })));
}

export interface PartnerFootprint {
  sites: string[];
  projects: string[];
  links: string[];
}

/** The sites the sources tie the partner to (not every site of its projects), its projects and its links. */
export function partnerFootprint(data: AtlasData, partnerId: string): PartnerFootprint {
  const projects = data.projects.projects.filter((p) => p.partnerIds.includes(partnerId)).map((p) => p.id);
  const links = data.links.features.filter((f) => f.properties.partnerIds.includes(partnerId)).map((f) => f.properties.id);
  const sites = data.sites.features.filter((f) => f.properties.partnerIds?.includes(partnerId)).map((f) => f.properties.id);
  return { sites, projects, links };
}

/** The project's main table: the first one (others are breakdowns of it). */
export const mainBudget = (project: Project): BudgetTable | undefined => project.budgets[0];

export interface ProgrammeTotals {
  projects: number;
  byFunder: Record<FunderKey, number>;
  stated: number;
  byTheme: Array<{ themeId: string; stated: number; projects: number }>;
}

/** Totals over the main tables' stated total rows of a programme's projects (computed by the atlas). */
export function programmeTotals(data: AtlasData, programmeId: string): ProgrammeTotals {
  const projects = data.projects.projects.filter((p) => p.programme === programmeId && mainBudget(p));
  const totals = totalsByFunder(projects.map((p) => mainBudget(p)!.stated));
  const byTheme = data.projects.themes.map((theme) => {
    const members = projects.filter((p) => p.theme === theme.id);
    return { themeId: theme.id, stated: members.reduce((n, p) => n + mainBudget(p)!.stated.total, 0), projects: members.length };
  });
  return { projects: projects.length, byFunder: totals.byFunder, stated: totals.stated, byTheme };
}

export function distanceKm(data: AtlasData, a: string, b: string): number | undefined {
  const from = siteById(data, a);
  const to = siteById(data, b);
  if (!from || !to) return undefined;
  return distance(from.geometry.coordinates as number[], to.geometry.coordinates as number[], { units: 'kilometers' });
}
