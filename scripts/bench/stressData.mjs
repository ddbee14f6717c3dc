// Writes a data folder for the bench's stress run: the real records plus synthetic sites and links up to
// the counts asked for. Synthetic records are copies of real ones with new ids, names and positions
// inside the atlas area, so they pass the same validation and take the same code paths.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const AREA = { west: 5.8, south: 52.0, east: 7.5, north: 52.8 };

/** A small deterministic generator, so every stress run measures the same data. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const round6 = (value) => Math.round(value * 1e6) / 1e6;

/** The real collections plus synthetic sites and links up to the counts asked for (a pure function). */
export function stressCollections(sites, links, { sites: siteCount, links: linkCount, seed = 20261124 }) {
  const random = seededRandom(seed);
  const realSites = sites.features;
  const realLinks = links.features;

  const synthetic = [];
  for (let i = realSites.length; i < siteCount; i += 1) {
    const model = realSites[i % realSites.length];
    const id = `stress-site-${i}`;
    const position = [round6(AREA.west + random() * (AREA.east - AREA.west)), round6(AREA.south + random() * (AREA.north - AREA.south))];
    // A random position is approximate whatever its model's was (it lies in no outline, names no survey).
    const { geometrySource: _known, ...props } = model.properties;
    synthetic.push({
      ...model,
      properties: { ...props, id, name: { nl: `Testlocatie ${i}`, en: `Test site ${i}` }, accuracy: 'approximate', uncertaintyM: props.uncertaintyM ?? 1000 },
      geometry: { type: 'Point', coordinates: position },
    });
  }

  const syntheticLinks = [];
  for (let i = realLinks.length; i < linkCount && synthetic.length > 1; i += 1) {
    const model = realLinks[i % realLinks.length];
    const a = synthetic[Math.floor(random() * synthetic.length)];
    const pick = Math.floor(random() * synthetic.length);
    const b = synthetic[synthetic[pick] === a ? (pick + 1) % synthetic.length : pick];
    syntheticLinks.push({
      ...model,
      properties: {
        ...model.properties,
        id: `stress-link-${i}`,
        name: { nl: `Testverbinding ${i}`, en: `Test link ${i}` },
        fromSiteId: a.properties.id,
        toSiteId: b.properties.id,
        endpoints: { from: a.properties.name.nl, to: b.properties.name.nl },
      },
      geometry: { type: 'LineString', coordinates: [a.geometry.coordinates, b.geometry.coordinates] },
    });
  }
  return { sites: { ...sites, features: [...realSites, ...synthetic] }, links: { ...links, features: [...realLinks, ...syntheticLinks] } };
}

/** Writes the stress data folder: the real files, with sites and links grown to the counts asked for. */
export function writeStressData({ from, to, ...counts }) {
  mkdirSync(to, { recursive: true });
  const read = (file) => JSON.parse(readFileSync(join(from, file), 'utf8'));
  const { sites, links } = stressCollections(read('sites.geojson'), read('links.geojson'), counts);
  writeFileSync(join(to, 'sites.geojson'), JSON.stringify(sites));
  writeFileSync(join(to, 'links.geojson'), JSON.stringify(links));
  for (const file of ['site-outlines.geojson', 'projects.json', 'partners.json', 'tours.json']) copyFileSync(join(from, file), join(to, file));
  return { sites: sites.features.length, links: links.features.length };
}
