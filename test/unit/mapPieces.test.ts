// Pure pieces of the map: symbols, filters, source data, basemap parts.
import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { SITE_KINDS } from '../../src/data/vocabulary';
import { partsFromStyle } from '../../src/map/basemaps/parts';
import { kindFilter, modeFilter, siteFilter, siteKeeps } from '../../src/map/filters';
import { CLUSTER_FROM_SITES, CLUSTER_MAX_ZOOM, shouldCluster } from '../../src/map/layers/clusterLayers';
import { FOCUS_ZOOM } from '../../src/state/focusSite';
import { rasterizeIcon, signedDistance, SITE_ICONS } from '../../src/map/icons';
import { siteSourceDiff, toLinkSourceData, toOutlineSourceData, toSiteSourceData } from '../../src/map/sources';
import { loadAtlas } from './fixtures';

const alphaAt = (icon: ReturnType<typeof rasterizeIcon>, x: number, y: number) => icon.data[(y * icon.width + x) * 4 + 3]!;

describe('site symbols', () => {
  it('measures shapes with a signed distance (negative inside)', () => {
    expect(signedDistance('circle', 0, 0, 5)).toBe(-5);
    expect(signedDistance('circle', 3, 4, 5)).toBe(0);
    expect(signedDistance('square', 10, 0, 5)).toBeGreaterThan(0);
    expect(signedDistance('triangle', 0, 0, 5)).toBeLessThan(0);
  });

  it('draws an opaque centre, a white rim and transparent corners', () => {
    const icon = rasterizeIcon(SITE_ICONS['top-location']);
    const c = Math.floor(icon.width / 2);
    expect(alphaAt(icon, c, c)).toBe(255);
    expect(Array.from(icon.data.slice((c * icon.width + c) * 4, (c * icon.width + c) * 4 + 3))).toEqual([0xb3, 0x26, 0x1e]);
    expect(alphaAt(icon, 0, 0)).toBe(0);
    const rimY = Math.round(c - (SITE_ICONS['top-location'].radius + 1) * icon.pixelRatio);
    expect(Array.from(icon.data.slice((rimY * icon.width + c) * 4, (rimY * icon.width + c) * 4 + 4))).toEqual([255, 255, 255, 255]);
  });

  it('gives every kind its own shape', () => {
    const shapes = SITE_KINDS.map((kind) => SITE_ICONS[kind].shape);
    expect(new Set(shapes).size).toBe(SITE_KINDS.length);
    const masks = SITE_KINDS.map((kind) => {
      const icon = rasterizeIcon({ ...SITE_ICONS[kind], radius: 8 });
      return Array.from({ length: icon.width * icon.height }, (_, i) => (icon.data[i * 4 + 3]! > 128 ? 1 : 0)).join('');
    });
    expect(new Set(masks).size).toBe(SITE_KINDS.length);
  });
});

describe('layer filters', () => {
  it('hide the listed kinds and modes', () => {
    expect(kindFilter(['facility'])).toEqual(['!', ['in', ['get', 'kind'], ['literal', ['facility']]]]);
    expect(modeFilter(['drone'])).toEqual(['!', ['in', ['get', 'mode'], ['literal', ['drone']]]]);
  });

  it("are no filter at all when nothing is hidden (MapLibre redoes a layer's tiles for any filter it is given)", () => {
    expect(kindFilter([])).toBeUndefined();
    expect(modeFilter([])).toBeUndefined();
    expect(siteFilter('id', [], null)).toBeUndefined();
  });

  it('keep only the allowed ids when filters constrain the sites, with or without hidden kinds', () => {
    expect(siteFilter('siteId', [], ['a'])).toEqual(['in', ['get', 'siteId'], ['literal', ['a']]]);
    expect(siteFilter('id', ['quay'], ['a'])).toEqual(['all', ['!', ['in', ['get', 'kind'], ['literal', ['quay']]]], ['in', ['get', 'id'], ['literal', ['a']]]]);
  });

  it('keep, as a predicate, what the layer filter shows: kinds not hidden, and only allowed ids when filtered', () => {
    const keep = siteKeeps(['facility'], null);
    expect(keep({ id: 'a', kind: 'facility' })).toBe(false);
    expect(keep({ id: 'a', kind: 'quay' })).toBe(true);
    const only = siteKeeps([], ['b']);
    expect(only({ id: 'a', kind: 'quay' })).toBe(false);
    expect(only({ id: 'b', kind: 'quay' })).toBe(true);
    expect(siteKeeps([], [])({ id: 'b', kind: 'quay' })).toBe(false);
  });
});

describe('clustering', () => {
  it('clusters large site sets only: the atlas itself is drawn site by site', () => {
    expect(shouldCluster(loadAtlas().sites.features.length)).toBe(false);
    expect(shouldCluster(CLUSTER_FROM_SITES - 1)).toBe(false);
    expect(shouldCluster(100_000)).toBe(true);
  });

  it('never hides a site focused from a list inside a cluster', () => {
    expect(CLUSTER_MAX_ZOOM).toBeLessThan(FOCUS_ZOOM);
  });
});

describe('source data', () => {
  const data = loadAtlas();

  it('sites carry id, kind, label in the chosen language and a label rank', () => {
    const nl = toSiteSourceData(data.sites, 'nl').features.find((f) => f.properties.id === 'muziekkwartier-enschede')!;
    const en = toSiteSourceData(data.sites, 'en').features.find((f) => f.properties.id === 'muziekkwartier-enschede')!;
    expect(nl.properties).toEqual({ id: 'muziekkwartier-enschede', kind: 'creative-breeding-ground', label: 'Muziekkwartier', rank: 2 });
    expect(en.properties.label).toBe('Music Quarter');
  });

  it('a filter change on a clustered source is a diff: only the sites that leave or come back move', () => {
    const all = new Set(data.sites.features.map((f) => f.properties.id));
    const facilities = data.sites.features.filter((f) => f.properties.kind === 'facility').map((f) => f.properties.id);
    const hide = siteSourceDiff(data.sites, 'en', all, siteKeeps(['facility'], null));
    expect(hide.add).toEqual([]);
    expect(hide.remove.sort()).toEqual([...facilities].sort());
    expect(hide.shown.size).toBe(all.size - facilities.length);
    const back = siteSourceDiff(data.sites, 'nl', hide.shown, siteKeeps([], null));
    expect(back.remove).toEqual([]);
    expect(back.add.map((f) => f.properties.id).sort()).toEqual([...facilities].sort());
    expect(back.add.every((f) => f.properties.kind === 'facility' && typeof f.properties.label === 'string')).toBe(true);
    expect(back.shown).toEqual(all);
    expect(siteSourceDiff(data.sites, 'en', all, siteKeeps([], null))).toMatchObject({ remove: [], add: [] });
  });

  it('sites can be left out of the source (a clustered source holds only what is shown)', () => {
    const kept = toSiteSourceData(data.sites, 'en', siteKeeps(['facility'], null)).features;
    expect(kept.length).toBe(data.sites.features.filter((f) => f.properties.kind !== 'facility').length);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.some((f) => f.properties.kind === 'facility')).toBe(false);
  });

  it('links carry mode and status', () => {
    const link = toLinkSourceData(data, 'en').features.find((f) => f.properties.id === 'water-xl-park-twentekanaal')!;
    expect(link.properties).toMatchObject({ mode: 'water', status: 'existing' });
  });

  it('outlines carry their site id and kind; the surveyed quay has neither outline nor ring', () => {
    const features = toOutlineSourceData(data).features;
    expect(features.find((f) => f.properties.siteId === 'xl-businesspark')!.properties).toEqual({ siteId: 'xl-businesspark', kind: 'top-location', approximate: false });
    expect(features.filter((f) => f.properties.siteId === 'tapijtcluster-genemuiden-hasselt')).toHaveLength(2);
    expect(features.some((f) => f.properties.siteId === 'xl-park-quay')).toBe(false);
  });

  it('draws an approximate position as a ring of its stated uncertainty', () => {
    const ring = toOutlineSourceData(data).features.find((f) => f.properties.siteId === 'high-tech-systems-park')!;
    expect(ring.properties.approximate).toBe(true);
    const site = data.sites.features.find((f) => f.properties.id === 'high-tech-systems-park')!;
    const km = distance(site.geometry.coordinates as number[], ring.geometry.coordinates[0]![0]!, { units: 'kilometers' });
    expect(km).toBeCloseTo(site.properties.uncertaintyM! / 1000, 3);
  });
});

describe('basemap parts from an online style', () => {
  it('prefixes source and layer ids and keeps glyphs and sprite', () => {
    const parts = partsFromStyle({
      version: 8,
      glyphs: 'https://example.test/{fontstack}/{range}.pbf',
      sprite: 'https://example.test/sprite',
      sources: { osm: { type: 'vector', url: 'https://example.test/tiles.json' } },
      layers: [
        { id: 'bg', type: 'background' },
        { id: 'water', type: 'fill', source: 'osm', 'source-layer': 'water' },
      ],
    });
    expect(Object.keys(parts.sources)).toEqual(['basemap:osm']);
    expect(parts.layers.map((l) => l.id)).toEqual(['basemap:bg', 'basemap:water']);
    expect((parts.layers[1] as { source: string }).source).toBe('basemap:osm');
    expect(parts.glyphs).toContain('{fontstack}');
    expect(parts.sprite).toBe('https://example.test/sprite');
  });
});
