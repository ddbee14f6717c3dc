// CSV as people have it: delimiters, decimal commas, Dutch headers, RD New coordinates, unknown kinds.
import { describe, expect, it } from 'vitest';
import { detectDelimiter, importCsv } from '../../src/analysis/scenarioImport';
import { en } from '../../src/i18n/en';
import { describeProblem, type Problem } from '../../src/i18n/problem';

const english = (problem: Problem) => describeProblem(en.problems, problem);

describe('CSV as spreadsheets and GIS tools write it', () => {
  it('parses quoted fields, doubled quotes and CRLF', () => {
    const result = importCsv('name,lon,lat\r\n"Hub, ""north""",6.8,52.3\r\n');
    expect(result.sites.map((site) => site.name)).toEqual(['Hub, "north"']);
  });

  it('takes the delimiter from the header row', () => {
    expect([detectDelimiter('name,lon,lat\nA;B,1,2'), detectDelimiter('naam;lon;lat\nA;6,8;52,3'), detectDelimiter('name\tlon\tlat\n')]).toEqual([',', ';', '\t']);
  });

  it('reads decimal commas in a semicolon file', () => {
    expect(importCsv('naam;lon;lat\nAlpha;6,80;52,30\n').sites.map((site) => site.position)).toEqual([[6.8, 52.3]]);
  });

  it("keeps a semicolon inside a comma file's field", () => {
    expect(importCsv('name,lon,lat\nFoo;bar,6.8,52.3\n').sites.map((site) => site.name)).toEqual(['Foo;bar']);
  });

  it('converts RD New x/y to lon/lat', () => {
    const [site] = importCsv('naam,x,y\nRD site,257000,471000\n').sites;
    // Enschede station is at about x 257,700, y 471,550.
    expect(site!.position[0]).toBeCloseTo(6.88, 2);
    expect(site!.position[1]).toBeCloseTo(52.218, 2);
  });

  it('reads x/y columns that hold lon/lat as lon/lat', () => {
    expect(importCsv('name,x,y\nA,6.8,52.3\n').sites.map((site) => site.position)).toEqual([[6.8, 52.3]]);
  });

  it('imports an unknown kind as a proposed site, with a warning', () => {
    const result = importCsv('name,lon,lat,soort\nLab,6.8,52.3,laboratory\n');
    expect(result.sites.map((site) => site.kind)).toEqual(['proposed']);
    expect(result.warnings!.map((w) => [w.row, w.problems.map(english).join('')])).toEqual([[2, expect.stringContaining('kind "laboratory" is not one of')]]);
  });

  it('calls a coordinate beyond ±180/±90 out of range', () => {
    expect(importCsv('name,lon,lat\nFar,200,52.3\n').errors[0]!.problems.map(english).join('')).toMatch(/out of range/);
  });

  it('says why a file with only a header imports nothing', () => {
    expect(importCsv('name,lon,lat\n').errors[0]!.problems.map(english).join('')).toBe('the file holds no rows or features to import');
  });
});
