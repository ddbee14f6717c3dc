// `npm run data:outlines [-- --geodata DIR]`: writes data/site-outlines.geojson from real business-park outlines
// (the geodata mirror's sites/business-park-outlines file, or an equivalent download), each feature with its
// source and licence. Run it again when the outlines change; data:check then tells which site points moved out.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Polygon } from 'geojson';

const OUTLINES_INPUT = 'sites/business-park-outlines.wgs84.geojson';

/** Which outline of the input belongs to which site of the atlas, and what to call it there. */
export const OUTLINE_SITES: Record<string, { siteId: string; name: { nl: string; en: string } }> = {
  'xl-businesspark-almelo': { siteId: 'xl-businesspark', name: { nl: 'XL Businesspark Twente', en: 'XL Businesspark Twente' } },
  'kennispark-twente': { siteId: 'kennispark-twente', name: { nl: 'Kennispark (bedrijventerrein)', en: 'Kennispark (business park)' } },
  'universiteit-twente-campus': { siteId: 'kennispark-twente', name: { nl: 'Campus Universiteit Twente', en: 'University of Twente campus' } },
  'carpet-cluster-genemuiden': { siteId: 'tapijtcluster-genemuiden-hasselt', name: { nl: 'Industrieterrein Genemuiden', en: 'Genemuiden industrial estate' } },
  'carpet-cluster-hasselt': { siteId: 'tapijtcluster-genemuiden-hasselt', name: { nl: 'Industrieterrein Hasselt', en: 'Hasselt industrial estate' } },
};

interface InputProps {
  outline: string;
  licence: string;
  source: string;
}

/** "© OpenStreetMap contributors" for OSM features, the Kadaster's own wording for TOP10NL ones. */
export const attributionFor = (licence: string): string => (/ODbL/i.test(licence) ? '© OpenStreetMap contributors' : 'Kadaster/PDOK');

export function outlinesFrom(input: FeatureCollection): FeatureCollection<Polygon> {
  const features: Feature<Polygon>[] = [];
  for (const feature of input.features) {
    const props = feature.properties as InputProps;
    const target = OUTLINE_SITES[props.outline];
    if (!target || feature.geometry.type !== 'Polygon') continue;
    features.push({
      type: 'Feature',
      properties: {
        id: props.outline,
        siteId: target.siteId,
        name: target.name,
        source: props.source,
        licence: props.licence,
        attribution: attributionFor(props.licence),
      },
      geometry: feature.geometry,
    });
  }
  return { type: 'FeatureCollection', features };
}

if (process.argv[1]?.endsWith('import-outlines.ts')) {
  const flag = process.argv.indexOf('--geodata');
  const geodata = flag > 0 ? (process.argv[flag + 1] ?? '') : '../shared/geodata';
  const input = JSON.parse(readFileSync(join(geodata, OUTLINES_INPUT), 'utf8')) as FeatureCollection;
  const outlines = outlinesFrom(input);
  writeFileSync('data/site-outlines.geojson', `${JSON.stringify(outlines, null, 1)}\n`);
  console.log(`data/site-outlines.geojson: ${outlines.features.length} outlines from ${join(geodata, OUTLINES_INPUT)}`);
}
