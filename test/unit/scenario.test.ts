import { describe, expect, it } from 'vitest';
import { importGeoJson, MAX_IMPORT_BYTES, scenarioToGeoJson } from '../../src/analysis/scenario';
import { importCsv, importFile } from '../../src/analysis/scenarioImport';
import { en } from '../../src/i18n/en';
import { describeProblem, type Problem } from '../../src/i18n/problem';

const english = (problem: Problem) => describeProblem(en.problems, problem);

describe('CSV import', () => {
  it('imports the good rows and names the bad one by row number', () => {
    const result = importCsv('lon,lat,name,kind\n6.80,52.30,New campus,top-location\n52.30,6.80,Swapped,facility\n6.70,52.32,"Quay, north",quay\n');
    expect(result.sites.map((s) => s.name)).toEqual(['New campus', 'Quay, north']);
    expect(result.sites[0]!.position).toEqual([6.8, 52.3]);
    expect(result.errors.map((e) => e.row)).toEqual([3]);
    expect(result.errors[0]!.problems.map(english).join('; ')).toContain('outside the atlas area');
  });

  it('reports every problem of a row, and a missing header', () => {
    expect(importCsv('lon,lat,name,kind\nabc,,,volcano\n').errors[0]!.problems.map(english).join('; ')).toMatch(/lon and lat must be numbers.*name is empty/);
    expect(importCsv('x,y\n1,2\n').errors).toEqual([{ row: 1, problems: [{ code: 'missingColumns', params: { missing: 'name/naam' } }] }]);
    expect(importCsv('').errors[0]!.problems.map(english).join('; ')).toBe('the file is empty');
  });

  it('keeps hostile text as text (rendered safely later), within the length limit', () => {
    const result = importCsv('lon,lat,name,kind\n6.8,52.3,<script>alert(1)</script>,facility\n6.8,52.3,=cmd|calc,facility\n');
    expect(result.sites.map((s) => s.name)).toEqual(['<script>alert(1)</script>', '=cmd|calc']);
    expect(
      importCsv(`lon,lat,name,kind\n6.8,52.3,${'x'.repeat(200)},facility\n`)
        .errors[0]!.problems.map(english)
        .join('; '),
    ).toMatch(/longer than 120/);
  });
});

describe('GeoJSON import', () => {
  it('imports points as sites and lines as links, rejecting bad features by number', () => {
    const result = importGeoJson(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { name: 'Hub', kind: 'facility' }, geometry: { type: 'Point', coordinates: [6.7, 52.3] } },
          {
            type: 'Feature',
            properties: { name: 'Shuttle', mode: 'maas' },
            geometry: {
              type: 'LineString',
              coordinates: [
                [6.7, 52.3],
                [6.8, 52.25],
              ],
            },
          },
          { type: 'Feature', properties: { name: 'Area' }, geometry: { type: 'Polygon', coordinates: [] } },
          { type: 'Feature', properties: { name: 'Teleport', mode: 'warp' }, geometry: { type: 'LineString', coordinates: [[6.7, 52.3]] } },
        ],
      }),
    );
    expect(result.sites).toHaveLength(1);
    expect(result.links).toHaveLength(1);
    expect(result.errors.map((e) => e.row)).toEqual([3, 4]);
    expect(result.errors[1]!.problems.map(english).join('; ')).toMatch(/at least two positions.*mode "warp"/);
    expect(importGeoJson('{oops').errors[0]!.problems.map(english).join('; ')).toMatch(/not valid JSON/);
  });

  it('refuses an oversize file without reading it', async () => {
    let read = false;
    const result = await importFile({ name: 'huge.csv', size: 50 * 1024 * 1024, text: async () => ((read = true), '') });
    expect(read).toBe(false);
    expect(result.errors[0]!.problems.map(english).join('; ')).toBe(`huge.csv is 50.0 MB; a scenario file may be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  });
});

describe('export', () => {
  it('exports GeoJSON the importer reads back', () => {
    const { sites } = importCsv('lon,lat,name,kind\n6.8,52.3,A,facility\n');
    const again = importGeoJson(JSON.stringify(scenarioToGeoJson({ sites, links: [] })), { keepIds: true });
    expect(again.sites).toEqual(sites);
  });
});
