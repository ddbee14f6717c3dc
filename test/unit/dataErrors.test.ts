// Broken copies of the real data files: each must fail with a message naming file, record, field and expectation.
import { describe, expect, it } from 'vitest';
import { parseAtlasData } from '../../src/data/atlasData';
import type { DataFile } from '../../src/data/files';
import { DataError } from '../../src/data/dataError';
import { copyJson, dataTexts } from './fixtures';

function problemsWith(file: DataFile, mutate: (json: any) => void): string[] {
  const texts = dataTexts();
  const json = copyJson(file);
  mutate(json);
  texts[file] = JSON.stringify(json);
  try {
    parseAtlasData(texts);
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  throw new Error('expected the broken copy to be rejected');
}

const siteNamed = (json: any, id: string) => json.features.find((f: any) => f.properties.id === id);
const projectNamed = (json: any, id: string) => json.projects.find((p: any) => p.id === id);

describe('data validation messages', () => {
  it('accepts the real files', () => {
    expect(() => parseAtlasData(dataTexts())).not.toThrow();
  });

  it('names a missing field', () => {
    const problems = problemsWith('data/sites.geojson', (json) => delete siteNamed(json, 'oyfo-hengelo').properties.municipality);
    expect(problems).toEqual([expect.stringMatching(/^data\/sites\.geojson: record "oyfo-hengelo", field "properties\.municipality": .*expected string/)]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>'])('refuses a website %s, naming record and field', (url) => {
    const problems = problemsWith('data/sites.geojson', (json) => (siteNamed(json, 'kennispark-twente').properties.website = url));
    expect(problems).toEqual([expect.stringMatching(/^data\/sites\.geojson: record "kennispark-twente", field "properties\.website": .*http:\/\/ or https:\/\//)]);
  });

  it('names an unknown partner id', () => {
    const problems = problemsWith('data/projects.json', (json) => projectNamed(json, 'leonardo').partnerIds.push('acme-corp'));
    expect(problems).toEqual(['data/projects.json: record "leonardo", field "partnerIds.2": expected an existing partner id, got "acme-corp"']);
  });

  it('names malformed coordinates', () => {
    const problems = problemsWith('data/sites.geojson', (json) => (siteNamed(json, 'hazemeijer-hengelo').geometry.coordinates = [6.8]));
    expect(problems[0]).toMatch(/^data\/sites\.geojson: record "hazemeijer-hengelo", field "geometry\.coordinates/);
  });

  it('names coordinates outside the atlas area (swapped lon/lat)', () => {
    const problems = problemsWith('data/sites.geojson', (json) => (siteNamed(json, 'hazemeijer-hengelo').geometry.coordinates = [52.258, 6.805]));
    expect(problems).toEqual([expect.stringContaining('data/sites.geojson: record "hazemeijer-hengelo", field "geometry.coordinates": expected [lon, lat] inside')]);
  });

  it('names a wrong type', () => {
    const problems = problemsWith('data/partners.json', (json) => (json.partners.find((p: any) => p.id === 'thales').type = 'multinational'));
    expect(problems).toEqual([expect.stringMatching(/^data\/partners\.json: record "thales", field "type": .*expected one of .*"company"/)]);
  });

  it('names a duplicate id', () => {
    const problems = problemsWith('data/links.geojson', (json) => (json.features[1].properties.id = json.features[0].properties.id));
    expect(problems).toContain('data/links.geojson: record "maas-kennispark-htsp", field "properties.id": expected a unique id, found a duplicate');
  });

  it('names non-integer money', () => {
    const problems = problemsWith('data/projects.json', (json) => (projectNamed(json, 'leonardo').budgets[0].lines[0].amounts.national = 5000000.5));
    expect(problems).toEqual([expect.stringMatching(/^data\/projects\.json: record "leonardo-budget", field "lines\.0\.amounts\.national": whole euros \(an integer\)$/)]);
  });

  it('names money written as text', () => {
    const problems = problemsWith('data/projects.json', (json) => (projectNamed(json, 'skills-twente').budgets[0].stated.total = '3 mln'));
    expect(problems[0]).toMatch(/^data\/projects\.json: record "skills-budget", field "stated\.total": .*expected number/);
  });

  it('names a link that does not reach the site it claims to join', () => {
    const problems = problemsWith('data/links.geojson', (json) => (json.features[0].geometry.coordinates[0] = [6.7, 52.3]));
    expect(problems).toEqual([
      expect.stringMatching(/^data\/links\.geojson: record "maas-kennispark-htsp", field "properties\.fromSiteId": expected the line to end within 0\.5 km of "kennispark-twente"/),
    ]);
  });

  it('names an unknown site in a budget line', () => {
    const problems = problemsWith('data/projects.json', (json) => (projectNamed(json, 'gebiedsontwikkeling-bereikbaarheid-topwerklocaties').budgets[0].lines[0].siteId = 'kenispark'));
    expect(problems).toEqual(['data/projects.json: record "gebiedsontwikkeling-bereikbaarheid-topwerklocaties", field "budgets.0.lines.0.siteId": expected an existing site id, got "kenispark"']);
  });

  it('names a source that is not one of the seeds', () => {
    const problems = problemsWith('data/partners.json', (json) => (json.partners[0].sources[0].doc = 'wikipedia.txt'));
    expect(problems[0]).toMatch(/^data\/partners\.json: record "[a-z-]+", field "sources\.0\.doc": .*expected one of/);
  });

  it('names invalid JSON', () => {
    const texts = dataTexts();
    texts['data/partners.json'] = '{ "partners": [ ';
    expect(() => parseAtlasData(texts)).toThrow(/data\/partners\.json: not valid JSON/);
  });

  it('reports problems in several files at once', () => {
    const texts = dataTexts();
    texts['data/partners.json'] = '{}';
    texts['data/links.geojson'] = '{"type":"FeatureCollection"}';
    try {
      parseAtlasData(texts);
      throw new Error('expected a DataError');
    } catch (error) {
      const problems = (error as DataError).problems;
      expect(problems.some((p) => p.startsWith('data/partners.json'))).toBe(true);
      expect(problems.some((p) => p.startsWith('data/links.geojson'))).toBe(true);
    }
  });
});

describe('ground-truth rules', () => {
  it('a surveyed or outlined position must name its source', () => {
    const problems = problemsWith('data/sites.geojson', (json) => delete siteNamed(json, 'xl-park-quay').properties.geometrySource);
    expect(problems).toEqual(['data/sites.geojson: record "xl-park-quay", field "properties.geometrySource": expected the source of a surveyed position']);
  });

  it('an approximate position must state its uncertainty', () => {
    const problems = problemsWith('data/sites.geojson', (json) => delete siteNamed(json, 'oyfo-hengelo').properties.uncertaintyM);
    expect(problems).toEqual(['data/sites.geojson: record "oyfo-hengelo", field "properties.uncertaintyM": expected the radius (m) of an approximate position']);
  });

  it('a site with outlines must lie inside one of them (XL Businesspark where it used to be drawn)', () => {
    const problems = problemsWith('data/sites.geojson', (json) => (siteNamed(json, 'xl-businesspark').geometry.coordinates = [6.699, 52.3345]));
    expect(problems).toContain('data/sites.geojson: record "xl-businesspark", field "geometry": expected a position inside one of its outlines (xl-businesspark-almelo)');
  });

  it('an "outline" position needs an outline', () => {
    const problems = problemsWith('data/sites.geojson', (json) => {
      const site = siteNamed(json, 'high-tech-systems-park').properties;
      site.accuracy = 'outline';
      site.geometrySource = { source: 'x', licence: 'y' };
    });
    expect(problems).toEqual(['data/sites.geojson: record "high-tech-systems-park", field "properties.accuracy": expected an outline in data/site-outlines.geojson for an "outline" position']);
  });

  it('an outline must carry its source and licence', () => {
    const problems = problemsWith('data/site-outlines.geojson', (json) => delete json.features[0].properties.licence);
    expect(problems).toEqual([expect.stringMatching(/^data\/site-outlines\.geojson: record "xl-businesspark-almelo", field "properties\.licence": .*expected string/)]);
  });

  it('a traced line must name the geometry it follows', () => {
    const problems = problemsWith('data/links.geojson', (json) => delete json.features.find((f: any) => f.properties.id === 'water-xl-park-twentekanaal').properties.geometrySource);
    expect(problems).toEqual(['data/links.geojson: record "water-xl-park-twentekanaal", field "properties.geometrySource": expected the source of a traced line']);
  });

  it('a key figure must say which year it is about', () => {
    const problems = problemsWith('data/projects.json', (json) => delete projectNamed(json, 'leonardo').keyFigures[0].year);
    expect(problems[0]).toMatch(/year/);
  });

  it('an organisation asked to approve is not also a partner', () => {
    const problems = problemsWith('data/projects.json', (json) => projectNamed(json, 'leonardo').partnerIds.push('ministerie-ocw'));
    expect(problems).toEqual([
      'data/projects.json: record "leonardo", field "authorities.0.partnerId": expected an organisation asked to approve or grant not to be listed as a partner too, "ministerie-ocw" is',
    ]);
  });
});
