// The exported image's legend and scale bar: they describe what the map shows, at its scale.
import { describe, expect, it } from 'vitest';
import { legendWords, pngLegend, STATUS_SWATCH_COLOR } from '../../src/export/pngLegend';
import { metresPerPixel, scaleBar } from '../../src/export/scaleBar';
import { en } from '../../src/i18n/en';
import { LINK_MODE_COLORS } from '../../src/map/layers/linkLayers';
import { loadAtlas } from './fixtures';

const data = loadAtlas();
const words = legendWords(en);

describe('pngLegend', () => {
  it('lists every kind, every mode and every line style the data has when nothing is hidden', () => {
    const legend = pngLegend(data, { hiddenKinds: [], hiddenModes: [] }, words);
    const kinds = new Set(data.sites.features.map((f) => f.properties.kind));
    const modes = new Set(data.links.features.map((f) => f.properties.mode));
    const statuses = new Set(data.links.features.map((f) => f.properties.status));
    expect(legend.filter((e) => e.group === 'kinds')).toHaveLength(kinds.size);
    expect(legend.filter((e) => e.group === 'modes')).toHaveLength(modes.size);
    expect(legend.filter((e) => e.group === 'statuses')).toHaveLength(statuses.size);
    expect(legend[0]).toEqual({ label: 'Top work locations', swatch: { kind: 'top-location' }, group: 'kinds' });
    expect(legend.find((e) => e.label === 'Rail')!.swatch).toEqual({ line: { color: LINK_MODE_COLORS.rail, dash: [1, 0] } });
    expect(legend.find((e) => e.label === 'Pilot')!.swatch).toMatchObject({ line: { color: STATUS_SWATCH_COLOR } });
  });

  it('leaves out what the reader has hidden, and line styles only hidden links have', () => {
    const all = pngLegend(data, { hiddenKinds: [], hiddenModes: [] }, words);
    const maasOnly = data.links.features.filter((f) => f.properties.mode === 'maas').every((f) => f.properties.status === 'pilot');
    const otherModes = [...new Set(data.links.features.map((f) => f.properties.mode))].filter((mode) => mode !== 'maas');
    const legend = pngLegend(data, { hiddenKinds: ['facility', 'quay'], hiddenModes: otherModes }, words);
    expect(legend.map((e) => e.label)).toEqual(['Top work locations', 'Creative breeding grounds', 'Mobility as a Service', ...(maasOnly ? ['Pilot'] : [])]);
    expect(legend.length).toBeLessThan(all.length);
  });

  it('words the legend in the reader’s language', async () => {
    const { nl } = await import('../../src/i18n/nl');
    const legend = pngLegend(data, { hiddenKinds: [], hiddenModes: [] }, legendWords(nl));
    expect(legend.map((e) => e.label)).toContain('Topwerklocaties');
    expect(legend.map((e) => e.label)).toContain('Spoor');
  });
});

describe('scale bar', () => {
  it('knows MapLibre’s metres per pixel (512-pixel world at zoom 0)', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.517, 2);
    expect(metresPerPixel(52.3, 10)).toBeCloseTo((78_271.517 * Math.cos((52.3 * Math.PI) / 180)) / 1024, 3);
  });

  it('takes the longest round distance that fits', () => {
    expect(scaleBar(50, 120)).toEqual({ metres: 5000, width: 100, label: '5 km' });
    expect(scaleBar(10, 120)).toEqual({ metres: 1000, width: 100, label: '1 km' });
    expect(scaleBar(3, 120)).toEqual({ metres: 200, width: 200 / 3, label: '200 m' });
    expect(scaleBar(400, 120)).toEqual({ metres: 20_000, width: 50, label: '20 km' });
  });

  it('gives none where it would say nothing', () => {
    expect(scaleBar(0, 120)).toBeNull();
    expect(scaleBar(0.001, 120)).toBeNull();
    expect(scaleBar(Number.NaN, 120)).toBeNull();
  });
});
