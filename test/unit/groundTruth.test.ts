// The corrected facts a user relies on: positions from real geometry, links ending at their sites, sources by
// title and year, and the prose checked against its own figures.
import { booleanPointInPolygon, distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { asOfYear, DOCUMENTS, sourceLine } from '../../src/data/documents';
import { computeTextCheck, textDiscrepancies } from '../../src/data/textCheck';
import { SEED_FILES } from '../../src/data/vocabulary';
import { loadAtlas } from './fixtures';

const data = loadAtlas();
const site = (id: string) => data.sites.features.find((f) => f.properties.id === id)!;
const outline = (id: string) => data.outlines.features.find((f) => f.properties.id === id)!;

describe('positions from real geometry', () => {
  it('puts XL Businesspark, T-Port and the quay inside the real XL outline or at the CTT terminal', () => {
    expect(booleanPointInPolygon(site('xl-businesspark').geometry.coordinates as number[], outline('xl-businesspark-almelo').geometry)).toBe(true);
    expect(booleanPointInPolygon(site('t-port-logistic-campus').geometry.coordinates as number[], outline('xl-businesspark-almelo').geometry)).toBe(true);
    expect(site('xl-park-quay').geometry.coordinates).toEqual([6.630913, 52.322042]);
    expect(site('xl-park-quay').properties.accuracy).toBe('surveyed');
  });

  it('gives the carpet cluster its two estates and every outline its source, licence and attribution', () => {
    expect(
      data.outlines.features
        .filter((f) => f.properties.siteId === 'tapijtcluster-genemuiden-hasselt')
        .map((f) => f.properties.id)
        .sort(),
    ).toEqual(['carpet-cluster-genemuiden', 'carpet-cluster-hasselt']);
    for (const f of data.outlines.features) {
      expect(f.properties.source).not.toBe('');
      expect(f.properties.attribution).toMatch(/OpenStreetMap contributors|Kadaster\/PDOK/);
    }
  });

  it('draws no outline where none was surveyed (HTSP, Technology Base): an uncertainty instead', () => {
    for (const id of ['high-tech-systems-park', 'technology-base-twente']) {
      expect(data.outlines.features.some((f) => f.properties.siteId === id)).toBe(false);
      expect(site(id).properties.uncertaintyM).toBeGreaterThan(0);
    }
  });

  it('starts the water link at the quay and the unmanned cargo at the terminal', () => {
    const link = (id: string) => data.links.features.find((f) => f.properties.id === id)!;
    const quay = site('xl-park-quay').geometry.coordinates as number[];
    expect(distance(link('water-xl-park-twentekanaal').geometry.coordinates[0] as number[], quay)).toBeLessThan(0.01);
    expect(distance(link('unmanned-cargo-xl-park').geometry.coordinates[0] as number[], quay)).toBeLessThan(0.01);
  });
});

describe('sources people can read', () => {
  it('knows every seed by title, publisher and year', () => {
    for (const file of SEED_FILES) expect(DOCUMENTS[file].year).toBeGreaterThan(2000);
  });

  it('writes a source as document and section, with no file name', () => {
    const line = sourceLine({ doc: '001_5cdf79aa927f76dd.txt', section: 'Partners en investering' }, 'nl');
    expect(line).toBe('Regio Deal Twente II — samenvatting (Rijksoverheid / Twente Board, 2023): Partners en investering');
  });

  it('dates a record by its newest source', () => {
    expect(
      asOfYear([
        { doc: '003_5076ef9b016cfa6f.txt', section: 'x' },
        { doc: '004_d0e0fcae47b3eb4d.txt', section: 'y' },
      ]),
    ).toBe(2020);
  });
});

describe('prose against its own figures', () => {
  const check = (id: string) => data.projects.projects.flatMap((p) => p.textChecks ?? []).find((c) => c.id === id)!;

  it('national € 14.1m is not 15% but about 18% of the regional € 78.1m', () => {
    expect(computeTextCheck(check('twl-national-share-of-regional'))).toBe(18.1);
  });

  it('province and other public: € 32.2m stated, € 31.9m in the table', () => {
    expect(computeTextCheck(check('twl-province-other-public'))).toBe(31_900_000);
  });

  it('five ICT firms, four named', () => {
    expect(computeTextCheck(check('talent-it-firms'))).toBe(4);
  });

  it('reports each difference with stated, computed and difference', () => {
    const rdt2 = textDiscrepancies(data.projects.projects).find((d) => d.check.id === 'rdt2-expected-total')!;
    expect(rdt2).toMatchObject({ stated: 80_000_000, computed: 83_000_000, difference: -3_000_000 });
  });
});
