// The outline importer keeps only the outlines the atlas uses, under their site, with source, licence and credit.
import { describe, expect, it } from 'vitest';
import { outlinesFrom } from '../../scripts/import-outlines';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [6.6, 52.3],
      [6.7, 52.3],
      [6.7, 52.4],
      [6.6, 52.3],
    ],
  ],
};
const input = {
  type: 'FeatureCollection' as const,
  features: [
    { type: 'Feature' as const, properties: { outline: 'xl-businesspark-almelo', source: 'OpenStreetMap', licence: 'ODbL 1.0 (OpenStreetMap contributors)' }, geometry: square },
    { type: 'Feature' as const, properties: { outline: 'carpet-cluster-hasselt', source: 'Kadaster BRT TOP10NL', licence: 'CC BY 4.0 (Kadaster/PDOK, BRT TOP10NL)' }, geometry: square },
    { type: 'Feature' as const, properties: { outline: 'bedrijventerrein-twentekanaal-hengelo', source: 'x', licence: 'y' }, geometry: square },
    { type: 'Feature' as const, properties: { outline: 'ctt-almelo-terminal', source: 'survey', licence: 'none' }, geometry: { type: 'Point' as const, coordinates: [6.63, 52.32] } },
  ],
};

describe('import outlines', () => {
  it('keeps the atlas’s outlines under their sites, credited by licence', () => {
    const out = outlinesFrom(input as never).features.map((f) => f.properties);
    expect(out).toEqual([
      expect.objectContaining({ id: 'xl-businesspark-almelo', siteId: 'xl-businesspark', licence: 'ODbL 1.0 (OpenStreetMap contributors)', attribution: '© OpenStreetMap contributors' }),
      expect.objectContaining({ id: 'carpet-cluster-hasselt', siteId: 'tapijtcluster-genemuiden-hasselt', attribution: 'Kadaster/PDOK' }),
    ]);
  });
});
