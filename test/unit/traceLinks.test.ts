// The corridor links laid on the real railway and roads: what `npm run data:trace` writes into the data.
import { join } from 'node:path';
import { length, lineString, nearestPointOnLine, point } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBasemapLayers, type BasemapLayers } from '../../scripts/basemap/inputs';
import { TRACES, traceAlong, tracedLine } from '../../scripts/trace-links';
import { loadAtlas } from './fixtures';

const GEODATA = join(__dirname, '..', '..', '..', 'shared', 'geodata');
let layers: BasemapLayers;
beforeAll(() => {
  layers = readBasemapLayers(GEODATA);
}, 30_000);

const trace = (id: string) => TRACES.find((t) => t.linkId === id)!;
/** Metres from a position to the nearest of the lines. */
const offLines = (lines: number[][][], p: number[]) => Math.min(...lines.map((l) => nearestPointOnLine(lineString(l), point(p), { units: 'meters' }).properties.dist));

describe('tracing a corridor', () => {
  it('runs Zwolle–Enschede on the track: every vertex on a railway, about the line’s real length', () => {
    const rail = trace('corridor-rail-zwolle-munster');
    const along = traceAlong(rail.lines(layers), rail.via.slice(0, 2));
    const track = rail.lines(layers).map((l) => l.coordinates);
    expect(Math.max(...along.filter((_, i) => i % 5 === 0).map((p) => offLines(track, p)))).toBeLessThan(5);
    expect(length(lineString(along))).toBeGreaterThan(64);
    expect(length(lineString(along))).toBeLessThan(70);
  });

  it('says where a point to pass is off every line', () => {
    const rail = trace('corridor-rail-zwolle-munster');
    expect(() =>
      traceAlong(rail.lines(layers), [
        [6.09194, 52.50472],
        [6.5, 52.9],
      ]),
    ).toThrow(/no line within 1 km of 6.5, 52.9/);
  });

  it('keeps the corridor’s ends, drawn straight beyond the data', () => {
    const road = trace('corridor-n35');
    const line = tracedLine(road, layers);
    expect(line[0]).toEqual(road.start);
    expect(line.at(-1)).toEqual(road.end);
  });
});

describe('the traced links in the data', () => {
  it('are marked traced, with a source that says which part is drawn straight', () => {
    const links = loadAtlas().links.features.filter((l) => TRACES.some((t) => t.linkId === l.properties.id));
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link.properties.geometry).toBe('traced');
      expect(link.properties.geometrySource?.source).toMatch(/drawn straight/);
      expect(link.geometry.coordinates.length).toBeGreaterThan(20);
    }
  });
});
