// Derived views checked by hand against the seeds.
import { describe, expect, it } from 'vitest';
import {
  budgetLinesForSite,
  distanceKm,
  figuresForSite,
  milestonesForSite,
  partnerFootprint,
  partnersForSite,
  projectPartnersForSite,
  programmeTotals,
  projectsForSite,
  siteFamily,
  selectedRecord,
  siteFunding,
} from '../../src/data/derive';
import { buildSearchIndex, normalise, search } from '../../src/data/search';
import { NO_FILTERS, visibleSiteIds } from '../../src/data/siteFilters';
import { loadAtlas } from './fixtures';

const data = loadAtlas();

describe('site budgets', () => {
  it('a site includes its facilities', () => {
    expect(siteFamily(data, 'xl-businesspark').sort()).toEqual(['t-port-logistic-campus', 'xl-businesspark', 'xl-park-quay']);
  });

  it('Kennispark: the € 64m line, funders as stated, and the € 50,000 the row does not add up to', () => {
    const lines = budgetLinesForSite(data, 'kennispark-twente');
    expect(lines.map((l) => l.line.row)).toEqual(['Kennispark']);
    expect(lines[0]!.computed).toBe(64_050_000);
    const funding = siteFunding(data, 'kennispark-twente');
    expect(funding.stated).toBe(64_000_000);
    expect(funding.computed).toBe(64_050_000);
    expect(funding.byFunder).toEqual({ private: 36_500_000, education: 2_000_000, municipality: 0, province: 4_750_000, otherPublic: 15_000_000, national: 5_800_000 });
  });

  it('XL Businesspark takes the quay line of its facility', () => {
    const funding = siteFunding(data, 'xl-businesspark');
    expect(funding.stated).toBe(4_600_000);
    expect(funding.byFunder.otherPublic).toBe(2_300_000);
    expect(funding.byFunder.national).toBe(2_300_000);
  });

  it('a site without budget lines has zero totals', () => {
    expect(siteFunding(data, 'hessenpoort-zwolle')).toMatchObject({ stated: 0, computed: 0 });
  });
});

describe('partners, projects, milestones, figures per site', () => {
  it('High Tech Systems Park: its own partner is Thales, named at the park and its open-source building', () => {
    expect(partnersForSite(data, 'high-tech-systems-park').flatMap((g) => g.partners.map((p) => p.id))).toEqual(['thales']);
  });

  it('Kennispark: the organisations tied to the campus and its facilities, grouped in the type order', () => {
    const groups = partnersForSite(data, 'kennispark-twente');
    expect(groups.flatMap((g) => g.partners.map((p) => p.id)).sort()).toEqual(['fraunhofer-ipt', 'gemeente-enschede', 'hmo', 'sanderink-technology-centre-bv', 'tprc', 'universiteit-twente']);
    expect(groups.map((g) => g.type)).toEqual(['company', 'knowledge', 'government', 'finance']);
  });

  it('a project’s other partners come through the project, not as the site’s own', () => {
    const via = projectPartnersForSite(data, 'high-tech-systems-park');
    const area = via.find((v) => v.project.id === 'gebiedsontwikkeling-bereikbaarheid-topwerklocaties')!;
    expect(area.partners.map((p) => p.id)).toContain('keolis');
    expect(area.partners.map((p) => p.id)).not.toContain('thales');
  });

  it('two top locations no longer share every project partner: Saxion is tied to Connect-U only', () => {
    const own = (id: string) => partnersForSite(data, id).flatMap((g) => g.partners.map((p) => p.id));
    expect(own('xl-businesspark')).not.toContain('saxion');
    expect(partnerFootprint(data, 'saxion').sites).toEqual(['connect-u']);
  });

  it('projects of a creative breeding ground', () => {
    expect(projectsForSite(data, 'oyfo-hengelo').map((p) => p.id)).toEqual(['creatieve-broedplaatsen']);
  });

  it('milestones of Kennispark come in year order and include its facilities', () => {
    const years = milestonesForSite(data, 'kennispark-twente').map((m) => m.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(milestonesForSite(data, 'kennispark-twente').some((m) => m.siteId === 'gallery-kennispark' && m.year === 2020)).toBe(true);
  });

  it('key figures of the quay: 40 km radius and the public/private quay investment', () => {
    expect(
      figuresForSite(data, 'xl-park-quay')
        .map((f) => f.id)
        .sort(),
    ).toEqual(['twl-container-radius', 'twl-quay-cth-request', 'twl-quay-national-request', 'twl-quay-private-min', 'twl-quay-public-max']);
  });
});

describe('partners, programmes and distances', () => {
  it('Thales: its sites and projects', () => {
    const footprint = partnerFootprint(data, 'thales');
    expect(footprint.sites).toEqual(expect.arrayContaining(['high-tech-systems-park', 'open-source-building-htsp']));
    expect(footprint.projects).toEqual(['gebiedsontwikkeling-bereikbaarheid-topwerklocaties']);
  });

  it('Regio Deal Twente totals over the eleven sheets (stated total rows)', () => {
    const totals = programmeTotals(data, 'regio-deal-twente');
    expect(totals.projects).toBe(11);
    // 6,000,000 + 4,662,780 + 6,000,000 + 8,000,000 + 3,000,000 + 13,699,097 + 10,000,000 + 92,300,000 + 6,600,000 + 2,000,000 + 20,000,000
    expect(totals.stated).toBe(172_261_877);
    expect(totals.byFunder.national).toBe(1_500_000 + 840_000 + 3_000_000 + 4_000_000 + 1_202_000 + 1_893_936 + 5_000_000 + 14_100_000 + 2_800_000 + 0 + 4_000_000);
    const themes = Object.fromEntries(totals.byTheme.map((t) => [t.themeId, t.stated]));
    expect(themes['bereikbaarheid-vestigingsklimaat']).toBe(98_900_000);
    expect(themes['techniek-als-motor']).toBe(16_662_780);
  });

  it('straight-line distance Kennispark – High Tech Systems Park ≈ 5.0 km', () => {
    // Δlon 0.071° × 111.32 km × cos 52.25° = 4.84 km, Δlat 0.0125° × 111.2 km = 1.39 km → √(4.84² + 1.39²) = 5.03 km
    expect(distanceKm(data, 'kennispark-twente', 'high-tech-systems-park')).toBeCloseTo(5.03, 1);
    expect(distanceKm(data, 'kennispark-twente', 'nowhere')).toBeUndefined();
  });
});

describe('search', () => {
  const index = buildSearchIndex(data, 'en');
  it('ignores accents and case and puts prefix matches first', () => {
    expect(normalise('Indiëterrein')).toBe('indieterrein');
    expect(search(index, 'indie')[0]).toMatchObject({ kind: 'site', id: 'indieterrein-almelo' });
    expect(search(index, 'THALES')[0]).toMatchObject({ kind: 'partner', id: 'thales' });
    expect(search(index, 'leonardo')[0]).toMatchObject({ kind: 'project', id: 'leonardo' });
  });
  it('finds by alias and by municipality, and nothing for blanks', () => {
    expect(search(index, 'UT').some((r) => r.id === 'universiteit-twente')).toBe(true);
    expect(search(index, 'hengelo').filter((r) => r.kind === 'site').length).toBeGreaterThanOrEqual(4);
    expect(search(index, '   ')).toEqual([]);
  });
  it('finds a site by its sectors in either language', () => {
    const sitesFor = (query: string) =>
      search(index, query)
        .filter((r) => r.kind === 'site')
        .map((r) => r.id);
    expect(sitesFor('binnenvaart')).toContain('xl-park-quay');
    expect(sitesFor('inland shipping')).toContain('xl-park-quay');
  });
});

describe('filters for map and lists', () => {
  const ids = (f: Partial<typeof NO_FILTERS>) => visibleSiteIds(data, { ...NO_FILTERS, ...f });
  it('shows everything without constraints', () => {
    expect(ids({})).toHaveLength(data.sites.features.length);
  });
  it('region West-Overijssel: the five top locations there', () => {
    expect(ids({ regions: ['west-overijssel'] })).toHaveLength(5);
  });
  it('funder "other public": the sites whose lines get such money', () => {
    expect(ids({ funders: ['otherPublic'] }).sort()).toEqual(['high-tech-systems-park', 'kennispark-twente', 'xl-businesspark', 'xl-park-quay']);
  });
  it('theme and partner type narrow too, and combine with hidden kinds', () => {
    expect(ids({ themes: ['circulaire-economie-duurzaamheid'] })).toEqual([]);
    expect(ids({ themes: ['arbeidsmarkt-talent'], hiddenKinds: ['top-location'] }).sort()).toEqual(['connect-u', 'twents-huis-logistiek', 'twents-huis-techniek']);
    expect(ids({ partnerTypes: ['culture'] })).toEqual([]);
  });
});

describe('selectedRecord', () => {
  const data = loadAtlas();
  it('finds the record of each kind a selection can point at', () => {
    expect(selectedRecord(data, { kind: 'site', id: 'kennispark-twente' })).toMatchObject({ kind: 'site', site: { properties: { municipality: 'Enschede' } } });
    const link = data.links.features[0]!;
    expect(selectedRecord(data, { kind: 'link', id: link.properties.id })).toEqual({ kind: 'link', link });
    const project = data.projects.projects[0]!;
    expect(selectedRecord(data, { kind: 'project', id: project.id })).toEqual({ kind: 'project', project });
    const partner = data.partners[0]!;
    expect(selectedRecord(data, { kind: 'partner', id: partner.id })).toEqual({ kind: 'partner', partner });
  });
  it('answers undefined for nothing, an unknown id or an id of another kind', () => {
    expect(selectedRecord(data, null)).toBeUndefined();
    expect(selectedRecord(data, { kind: 'site', id: 'no-such-site' })).toBeUndefined();
    expect(selectedRecord(data, { kind: 'link', id: 'kennispark-twente' })).toBeUndefined();
    expect(selectedRecord(data, { kind: 'theme', id: 'kennispark-twente' })).toBeUndefined();
  });
});
