// Pins the data to the seeds: key figures, completeness and traceability. A data edit that drifts
// from the source documents fails here.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkProjectBudgets } from '../../src/data/budgetCheck';
import { SEED_FILES } from '../../src/data/vocabulary';
import type { BudgetTable, SourceRef } from '../../src/data/schema';
import { loadAtlas, projectPath, readText } from './fixtures';

const data = loadAtlas();
const project = (id: string) => {
  const found = data.projects.projects.find((p) => p.id === id);
  if (!found) throw new Error(`no project ${id}`);
  return found;
};
const table = (projectId: string, tableId: string): BudgetTable => project(projectId).budgets.find((b) => b.id === tableId)!;
const siteIds = (kind: string) =>
  data.sites.features
    .filter((f) => f.properties.kind === kind)
    .map((f) => f.properties.id)
    .sort();

describe('top-location investment table (002, Gebiedsontwikkeling en Bereikbaarheid Topwerklocaties)', () => {
  const twl = table('gebiedsontwikkeling-bereikbaarheid-topwerklocaties', 'twl-budget');
  const row = (name: string) => twl.lines.find((l) => l.row === name)!;

  it.each([
    ['Kennispark', 'kennispark-twente', 64_000_000, { private: 36_500_000, education: 2_000_000, municipality: 0, province: 4_750_000, otherPublic: 15_000_000, national: 5_800_000 }],
    ['Technology Base', 'technology-base-twente', 6_330_000, { private: 0, education: 0, municipality: 0, province: 5_750_000, otherPublic: 0, national: 575_000 }],
    ['HTSP', 'high-tech-systems-park', 12_380_000, { private: 7_300_000, province: 2_000_000, otherPublic: 2_000_000, national: 1_130_000 }],
    ['XL-Park', 'xl-park-quay', 4_600_000, { private: 0, education: 0, municipality: 0, province: 0, otherPublic: 2_300_000, national: 2_300_000 }],
    ['Positionering / regie', undefined, 1_120_000, { private: 0, education: 120_000, municipality: 320_000, province: 120_000, otherPublic: 0, national: 560_000 }],
  ])('row %s', (name, siteId, total, amounts) => {
    expect(row(name)).toMatchObject({ total, amounts });
    expect(row(name).siteId).toBe(siteId);
  });

  it('stated total row', () => {
    expect(twl.stated).toEqual({
      total: 92_300_000,
      amounts: { private: 43_800_000, education: 2_100_000, municipality: 320_000, province: 12_600_000, otherPublic: 19_300_000, national: 14_100_000 },
    });
  });

  it('keeps the national column discrepancy visible: stated € 14.1m, rows add up to € 10.365m', () => {
    const national = checkProjectBudgets(data.projects.projects).find((d) => d.tableId === 'twl-budget' && d.subject === 'national');
    expect(national).toMatchObject({ stated: 14_100_000, computed: 10_365_000, difference: 3_735_000 });
  });
});

describe('other pinned figures', () => {
  it('creative breeding grounds: € 6.6m in total, € 2.8m asked of national government', () => {
    expect(table('creatieve-broedplaatsen', 'creative-budget').stated).toEqual({
      total: 6_600_000,
      amounts: { private: 300_000, education: 0, municipality: 3_450_000, province: 50_000, national: 2_800_000 },
    });
    expect(table('creatieve-broedplaatsen', 'creative-national-request').stated.total).toBe(2_800_000);
  });

  it.each([
    ['advanced-manufacturing-program', 6_000_000],
    ['pdeng-digital-transformation', 4_662_780],
    ['topfit-citizenlab-oost', 6_000_000],
    ['twents-fonds-voor-vakmanschap', 8_000_000],
    ['skills-twente', 3_000_000],
    ['talent-halen-opleiden-houden', 13_699_097],
    ['leonardo', 10_000_000],
    ['mineral-valley-twente', 2_000_000],
    ['circulair-textiel', 20_000_000],
    ['regio-deal-twente-ii', 50_000_000],
  ])('%s states a total of € %i', (id, total) => {
    expect(project(id).budgets[0]!.stated.total).toBe(total);
  });

  it('the Talent table keeps the WIMM dash and the Connect Forward footnote as stated', () => {
    const talent = table('talent-halen-opleiden-houden', 'talent-budget');
    expect(talent.lines.find((l) => l.row === 'Oriëntatieprogr. WIMM')).toMatchObject({ total: 0, amounts: { private: 75_000, province: 75_000, national: 75_000 } });
    expect(talent.lines.find((l) => l.row === 'Connect Forward')).toMatchObject({ total: 750_000, amounts: { private: 7_500_000 } });
  });

  it('lists exactly the discrepancies the seeds contain', () => {
    const found = checkProjectBudgets(data.projects.projects).map((d) => `${d.tableId}:${d.kind}:${d.subject}:${d.difference}`);
    expect(found.sort()).toEqual(
      [
        'talent-budget:row:Oriëntatieprogr. WIMM:-225000',
        'talent-budget:row:Connect Forward:-7500000',
        'talent-budget:total-column:total:7725000',
        'twl-budget:row:Kennispark:-50000',
        'twl-budget:row:Technology Base:5000',
        'twl-budget:row:HTSP:-50000',
        'twl-budget:column:education:-20000',
        'twl-budget:column:province:-20000',
        'twl-budget:column:national:3735000',
        'twl-budget:total-column:total:3870000',
        'twl-budget:total-row:total:80000',
      ].sort(),
    );
  });

  it('the quay radius is 40 km and T-Port covers 180,000 m²', () => {
    const figures = data.projects.projects.flatMap((p) => p.keyFigures);
    expect(figures.find((f) => f.id === 'twl-container-radius')).toMatchObject({ value: 40, unit: 'km', siteId: 'xl-park-quay' });
    expect(figures.find((f) => f.id === 'twl-t-port-area')).toMatchObject({ value: 180_000, unit: 'm2' });
  });
});

describe('completeness', () => {
  it('has the nine top work locations, four in Twente and five in West-Overijssel', () => {
    expect(siteIds('top-location')).toEqual(
      [
        'a1-bedrijvenpark-deventer',
        'hessenpoort-zwolle',
        'high-tech-systems-park',
        'kennispark-twente',
        'polymer-science-park-zwolle',
        's-park-deventer',
        'tapijtcluster-genemuiden-hasselt',
        'technology-base-twente',
        'xl-businesspark',
      ].sort(),
    );
  });

  it('has the five named creative breeding grounds and the quay', () => {
    expect(siteIds('creative-breeding-ground')).toEqual(['hazemeijer-hengelo', 'indieterrein-almelo', 'muziekkwartier-enschede', 'oyfo-hengelo', 'performance-factory-enschede']);
    expect(siteIds('quay')).toEqual(['xl-park-quay']);
  });

  it('has the facilities the seeds place at sites', () => {
    expect(siteIds('facility')).toEqual(
      [
        'advanced-manufacturing-center',
        'connect-u',
        'flow-of-innovation',
        'gallery-kennispark',
        'hmo-kennispark',
        'open-source-building-htsp',
        'power-tower-htsp',
        'sanderink-technology-centre',
        't-port-logistic-campus',
        'test-factory-technology-base',
        'twents-huis-logistiek',
        'twents-huis-techniek',
      ].sort(),
    );
  });

  it('links all six pairs of Twente top locations with a MaaS pilot', () => {
    const maas = data.links.features.filter((f) => f.properties.mode === 'maas').map((f) => [f.properties.fromSiteId, f.properties.toSiteId].sort().join('+'));
    expect(new Set(maas).size).toBe(6);
  });

  it('has every link type the seeds describe', () => {
    const modes = new Set(data.links.features.map((f) => `${f.properties.mode}/${f.properties.status}`));
    // The unmanned cargo, the Sanderink spur and the corridor are proposals; drones are only being considered (no link).
    expect([...modes].sort()).toEqual(['autonomous-cargo/proposed', 'maas/pilot', 'rail/proposed', 'road/proposed', 'water/existing']);
  });

  it('has all eleven Regio Deal Twente project sheets', () => {
    expect(data.projects.projects.filter((p) => p.programme === 'regio-deal-twente')).toHaveLength(11);
    expect(project('regio-deal-twente-ii').programme).toBe('regio-deal-twente-ii');
    expect(project('prestatie-topwerklocaties').siteIds).toHaveLength(9);
  });
});

describe('traceability', () => {
  const seedText = Object.fromEntries(SEED_FILES.map((file) => [file, readText(`seeds/${file}`)]));
  const normalise = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();

  it('ships every seed document in seeds/', () => {
    const shipped = readdirSync(projectPath('seeds')).filter((f) => f.endsWith('.txt'));
    expect(shipped.sort()).toEqual([...SEED_FILES].sort());
  });

  it('every budget row label appears verbatim in its source document', () => {
    for (const p of data.projects.projects) {
      for (const t of p.budgets) {
        const text = normalise(seedText[t.sources[0]!.doc]!);
        for (const line of t.lines) expect(text, `${p.id}/${t.id}: "${line.row}"`).toContain(normalise(line.row));
      }
    }
  });

  // Every partner is traceable to the text it cites (a misspelt or invented partner fails here). Accepted forms:
  // the name or an alias, either side of a bracket ("Ministerie van … (OCW)", "Isala (Zwolle)"), without a
  // leading "Gemeente"/"De" (the sources list "Borne, Enschede, Hengelo").
  it('every partner is named in a document it cites', () => {
    const forms = (name: string) => {
      const bracket = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
      const parts = bracket ? [name, bracket[1]!, bracket[2]!] : [name];
      return parts.flatMap((part) => [part, part.replace(/^(gemeente|de) /i, '')]).filter((form) => form.length >= 3);
    };
    for (const partner of data.partners) {
      const names = [partner.name, ...(partner.aliases ?? [])].flatMap(forms).map(normalise);
      const cited = partner.sources.map((ref) => normalise(seedText[ref.doc]!));
      expect(
        cited.some((text) => names.some((name) => text.includes(name))),
        `${partner.id}: "${partner.name}"`,
      ).toBe(true);
    }
  });

  it('every cited section names a heading or project that exists in its document', () => {
    const refs: SourceRef[] = [
      ...data.sites.features.flatMap((f) => f.properties.sources),
      ...data.links.features.flatMap((f) => f.properties.sources),
      ...data.partners.flatMap((p) => p.sources),
      ...data.projects.projects.flatMap((p) => [...p.sources, ...p.budgets.flatMap((b) => b.sources), ...p.milestones.flatMap((m) => m.sources), ...p.keyFigures.flatMap((f) => f.sources)]),
    ];
    for (const ref of refs) {
      const heading = ref.section.split(': ')[0]!.replace(/^\d+(\.\d+)*\s+/, '');
      expect(normalise(seedText[ref.doc]!), `${ref.doc}: ${ref.section}`).toContain(normalise(heading));
    }
  });
});
