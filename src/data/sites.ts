// Parses and checks data/sites.geojson: schema, unique ids, positions inside the atlas area, parent sites.
import { DataError, parseWith } from './dataError';
import { SITES_FILE } from './files';
import { AREA_BOUNDS } from './vocabulary';
import { siteCollectionSchema, type SiteCollection } from './schema';

export function parseSites(raw: unknown, file = SITES_FILE): SiteCollection {
  const sites = parseWith(siteCollectionSchema, file, raw);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const feature of sites.features) {
    const { id } = feature.properties;
    if (seen.has(id)) problems.push(`${file}: record "${id}", field "properties.id": expected a unique id, found a duplicate`);
    seen.add(id);
    const [lon, lat] = feature.geometry.coordinates;
    if (lon < AREA_BOUNDS.west || lon > AREA_BOUNDS.east || lat < AREA_BOUNDS.south || lat > AREA_BOUNDS.north) {
      problems.push(
        `${file}: record "${id}", field "geometry.coordinates": expected [lon, lat] inside ` +
          `${AREA_BOUNDS.west}–${AREA_BOUNDS.east} E, ${AREA_BOUNDS.south}–${AREA_BOUNDS.north} N, got [${lon}, ${lat}]`,
      );
    }
  }
  for (const feature of sites.features) {
    const { id, parentSiteId } = feature.properties;
    if (parentSiteId !== undefined && !seen.has(parentSiteId)) {
      problems.push(`${file}: record "${id}", field "properties.parentSiteId": expected an existing site id, got "${parentSiteId}"`);
    }
  }
  if (problems.length > 0) throw new DataError(problems);
  return sites;
}
