// Cross-file checks that a schema cannot express: ids are unique, every reference points at a real
// record, links start and end at the sites they name, a site with outlines lies inside one, a known position
// names its source and an approximate one its uncertainty.
import { booleanPointInPolygon, distance } from '@turf/turf';
import { AREA_BOUNDS } from './vocabulary';
import type { LinkCollection, OutlineCollection, Partner, ProjectsFile, SiteCollection, Tour } from './schema';
import { LINKS_FILE, OUTLINES_FILE, PARTNERS_FILE, PROJECTS_FILE, SITES_FILE, TOURS_FILE } from './files';

/** How far (km) a link's end may lie from the site it names. */
export const LINK_END_TOLERANCE_KM = 0.5;

export interface AtlasRecords {
  sites: SiteCollection;
  links: LinkCollection;
  outlines: OutlineCollection;
  projects: ProjectsFile;
  partners: Partner[];
  tours: Tour[];
}

const inArea = ([lon, lat]: readonly number[]) => lon! >= AREA_BOUNDS.west && lon! <= AREA_BOUNDS.east && lat! >= AREA_BOUNDS.south && lat! <= AREA_BOUNDS.north;

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

export function checkIntegrity(records: AtlasRecords): string[] {
  const problems: string[] = [];
  const siteIds = new Set(records.sites.features.map((f) => f.properties.id));
  const partnerIds = new Set(records.partners.map((p) => p.id));
  const projectIds = new Set(records.projects.projects.map((p) => p.id));
  const sitePosition = new Map(records.sites.features.map((f) => [f.properties.id, f.geometry.coordinates]));

  const expectRef = (file: string, id: string, field: string, ref: string | undefined, known: Set<string>, what: string) => {
    if (ref !== undefined && !known.has(ref)) problems.push(`${file}: record "${id}", field "${field}": expected an existing ${what} id, got "${ref}"`);
  };

  // partners
  for (const id of duplicates(records.partners.map((p) => p.id))) problems.push(`${PARTNERS_FILE}: record "${id}", field "id": expected a unique id, found a duplicate`);
  const byName = new Map<string, string>();
  for (const partner of records.partners) {
    for (const name of [partner.name, ...(partner.aliases ?? [])]) {
      const key = name.trim().toLowerCase();
      const other = byName.get(key);
      if (other && other !== partner.id) problems.push(`${PARTNERS_FILE}: record "${partner.id}", field "name": expected each organisation once, "${name}" is also "${other}"`);
      byName.set(key, partner.id);
    }
  }

  // sites: a known position names its source, an approximate one its uncertainty, an outlined one lies inside
  const outlinesOf = new Map<string, OutlineCollection['features']>();
  for (const outline of records.outlines.features) outlinesOf.set(outline.properties.siteId, [...(outlinesOf.get(outline.properties.siteId) ?? []), outline]);
  for (const { properties: site, geometry } of records.sites.features) {
    site.partnerIds?.forEach((ref, i) => expectRef(SITES_FILE, site.id, `properties.partnerIds.${i}`, ref, partnerIds, 'partner'));
    const known = site.accuracy === 'surveyed' || site.accuracy === 'outline';
    if (known && !site.geometrySource) problems.push(`${SITES_FILE}: record "${site.id}", field "properties.geometrySource": expected the source of a ${site.accuracy} position`);
    if (!known && site.uncertaintyM === undefined) problems.push(`${SITES_FILE}: record "${site.id}", field "properties.uncertaintyM": expected the radius (m) of an ${site.accuracy} position`);
    const own = outlinesOf.get(site.id) ?? [];
    if (site.accuracy === 'outline' && own.length === 0)
      problems.push(`${SITES_FILE}: record "${site.id}", field "properties.accuracy": expected an outline in ${OUTLINES_FILE} for an "outline" position`);
    if (own.length > 0 && !own.some((o) => booleanPointInPolygon(geometry.coordinates as number[], o.geometry))) {
      problems.push(`${SITES_FILE}: record "${site.id}", field "geometry": expected a position inside one of its outlines (${own.map((o) => o.properties.id).join(', ')})`);
    }
  }

  // projects
  const { themes, programmes, projects } = records.projects;
  const themeIds = new Set(themes.map((t) => t.id));
  const programmeIds = new Set(programmes.map((p) => p.id));
  for (const id of duplicates(projects.map((p) => p.id))) problems.push(`${PROJECTS_FILE}: record "${id}", field "id": expected a unique id, found a duplicate`);
  for (const id of duplicates(projects.flatMap((p) => p.keyFigures.map((f) => f.id))))
    problems.push(`${PROJECTS_FILE}: record "${id}", field "keyFigures.id": expected a unique id, found a duplicate`);
  for (const id of duplicates(projects.flatMap((p) => (p.subProjects ?? []).map((s) => s.id))))
    problems.push(`${PROJECTS_FILE}: record "${id}", field "subProjects.id": expected a unique id, found a duplicate`);
  for (const id of duplicates(projects.flatMap((p) => (p.textChecks ?? []).map((c) => c.id))))
    problems.push(`${PROJECTS_FILE}: record "${id}", field "textChecks.id": expected a unique id, found a duplicate`);
  for (const id of duplicates(projects.flatMap((p) => p.budgets.map((b) => b.id)))) problems.push(`${PROJECTS_FILE}: record "${id}", field "budgets.id": expected a unique id, found a duplicate`);
  for (const project of projects) {
    const id = project.id;
    expectRef(PROJECTS_FILE, id, 'theme', project.theme, themeIds as Set<string>, 'theme');
    expectRef(PROJECTS_FILE, id, 'programme', project.programme, programmeIds as Set<string>, 'programme');
    project.siteIds.forEach((ref, i) => expectRef(PROJECTS_FILE, id, `siteIds.${i}`, ref, siteIds, 'site'));
    project.partnerIds.forEach((ref, i) => expectRef(PROJECTS_FILE, id, `partnerIds.${i}`, ref, partnerIds, 'partner'));
    for (const d of duplicates(project.partnerIds)) problems.push(`${PROJECTS_FILE}: record "${id}", field "partnerIds": expected each partner once, "${d}" repeats`);
    project.budgets.forEach((table, t) => table.lines.forEach((line, l) => expectRef(PROJECTS_FILE, id, `budgets.${t}.lines.${l}.siteId`, line.siteId, siteIds, 'site')));
    project.milestones.forEach((m, i) => {
      expectRef(PROJECTS_FILE, id, `milestones.${i}.siteId`, m.siteId, siteIds, 'site');
      if (m.yearEnd !== undefined && m.yearEnd < m.year) problems.push(`${PROJECTS_FILE}: record "${id}", field "milestones.${i}.yearEnd": expected a year ≥ ${m.year}, got ${m.yearEnd}`);
    });
    project.keyFigures.forEach((f, i) => {
      expectRef(PROJECTS_FILE, id, `keyFigures.${i}.siteId`, f.siteId, siteIds, 'site');
      if (f.valueMax !== undefined && f.valueMax < f.value) problems.push(`${PROJECTS_FILE}: record "${id}", field "keyFigures.${i}.valueMax": expected a value ≥ ${f.value}, got ${f.valueMax}`);
    });
    project.subProjects?.forEach((sub, i) => expectRef(PROJECTS_FILE, id, `subProjects.${i}.siteId`, sub.siteId, siteIds, 'site'));
    project.authorities?.forEach((authority, i) => {
      expectRef(PROJECTS_FILE, id, `authorities.${i}.partnerId`, authority.partnerId, partnerIds, 'partner');
      if (project.partnerIds.includes(authority.partnerId))
        problems.push(
          `${PROJECTS_FILE}: record "${id}", field "authorities.${i}.partnerId": expected an organisation asked to approve or grant not to be listed as a partner too, "${authority.partnerId}" is`,
        );
    });
    const { start, end } = project.period;
    if (start !== undefined && end !== undefined && end < start) problems.push(`${PROJECTS_FILE}: record "${id}", field "period.end": expected a year ≥ ${start}, got ${end}`);
  }

  // links
  for (const id of duplicates(records.links.features.map((f) => f.properties.id))) problems.push(`${LINKS_FILE}: record "${id}", field "properties.id": expected a unique id, found a duplicate`);
  for (const { properties: link, geometry } of records.links.features) {
    const id = link.id;
    expectRef(LINKS_FILE, id, 'properties.fromSiteId', link.fromSiteId, siteIds, 'site');
    expectRef(LINKS_FILE, id, 'properties.toSiteId', link.toSiteId, siteIds, 'site');
    expectRef(LINKS_FILE, id, 'properties.projectId', link.projectId, projectIds, 'project');
    link.partnerIds.forEach((ref, i) => expectRef(LINKS_FILE, id, `properties.partnerIds.${i}`, ref, partnerIds, 'partner'));
    if (link.geometry === 'traced' && !link.geometrySource) problems.push(`${LINKS_FILE}: record "${id}", field "properties.geometrySource": expected the source of a traced line`);
    const coords = geometry.coordinates;
    coords.forEach((c, i) => {
      if (!inArea(c)) problems.push(`${LINKS_FILE}: record "${id}", field "geometry.coordinates.${i}": expected a position inside the atlas area, got [${c.join(', ')}]`);
    });
    const ends: Array<[string, string | undefined, readonly number[]]> = [
      ['fromSiteId', link.fromSiteId, coords[0]!],
      ['toSiteId', link.toSiteId, coords[coords.length - 1]!],
    ];
    for (const [field, siteId, end] of ends) {
      const site = siteId ? sitePosition.get(siteId) : undefined;
      if (!site) continue;
      const km = distance(site as number[], end as number[], { units: 'kilometers' });
      if (km > LINK_END_TOLERANCE_KM)
        problems.push(`${LINKS_FILE}: record "${id}", field "properties.${field}": expected the line to end within ${LINK_END_TOLERANCE_KM} km of "${siteId}", it ends ${km.toFixed(2)} km away`);
    }
  }

  // outlines
  for (const { properties: outline, geometry } of records.outlines.features) {
    expectRef(OUTLINES_FILE, outline.id, 'properties.siteId', outline.siteId, siteIds, 'site');
    const ring = geometry.coordinates[0]!;
    const [first, last] = [ring[0]!, ring[ring.length - 1]!];
    if (first[0] !== last[0] || first[1] !== last[1])
      problems.push(`${OUTLINES_FILE}: record "${outline.id}", field "geometry.coordinates.0": expected a closed ring (last position equal to the first)`);
    if (!ring.every(inArea)) problems.push(`${OUTLINES_FILE}: record "${outline.id}", field "geometry.coordinates": expected positions inside the atlas area`);
  }
  // tours
  const knownBy = { site: siteIds, link: new Set(records.links.features.map((f) => f.properties.id)), project: projectIds, partner: partnerIds };
  for (const id of duplicates(records.tours.map((t) => t.id))) problems.push(`${TOURS_FILE}: record "${id}", field "id": expected a unique id, found a duplicate`);
  for (const tour of records.tours) {
    for (const id of duplicates(tour.steps.map((s) => s.id))) problems.push(`${TOURS_FILE}: record "${id}", field "id": expected a unique step id in tour "${tour.id}"`);
    for (const step of tour.steps) {
      if (step.select) expectRef(TOURS_FILE, step.id, 'select.id', step.select.id, knownBy[step.select.kind], step.select.kind);
      for (const siteId of step.camera.shows ?? []) expectRef(TOURS_FILE, step.id, 'camera.shows', siteId, siteIds, 'site');
      if (!inArea(step.camera.center)) problems.push(`${TOURS_FILE}: record "${step.id}", field "camera.center": expected a position inside the atlas area`);
    }
  }
  return problems;
}

/** Partners no project or site refers to (not an error: reported by data:check as a note). */
export function unusedPartners(records: AtlasRecords): string[] {
  const used = new Set<string>([
    ...records.projects.projects.flatMap((p) => [...p.partnerIds, ...(p.authorities ?? []).map((a) => a.partnerId)]),
    ...records.sites.features.flatMap((f) => f.properties.partnerIds ?? []),
    ...records.links.features.flatMap((f) => f.properties.partnerIds),
  ]);
  return records.partners.filter((p) => !used.has(p.id)).map((p) => p.id);
}
