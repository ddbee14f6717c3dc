// The exported PNG's texts: wrapped to the image's width, never cut, and the legend below the map.
import { describe, expect, it } from 'vitest';
import { layoutPng, LEGEND_LINE_SWATCH, LEGEND_SHAPE, wrapText, type Measure } from '../../src/export/pngLayout';

/** A stand-in for measureText: 0.55 of the font's size per character. */
const measure: Measure = (text, font) => text.length * 0.55 * Number(/(\d+)px/.exec(font)![1]);

const ATTRIBUTION = 'Bron: CBS, Kadaster/PDOK (CC BY 4.0); Natural Earth | Data: Regio Deal Twente, Provincie Overijssel, Twente Board';
const LEGEND = ['Top work locations', 'Creative breeding grounds', 'Quay', 'Facilities'];
const kinds = LEGEND.map((label) => ({ label, swatch: LEGEND_SHAPE, group: 'kinds' }));
const texts = { title: 'Kennispark Twente', subtitle: 'Twente: four top locations, connected', legend: kinds, attribution: ATTRIBUTION };

describe('wrapText', () => {
  const perChar = (text: string) => text.length * 10;
  it('breaks between words, each line within the width', () => {
    expect(wrapText('one two three four', 100, perChar)).toEqual(['one two', 'three four']);
  });
  it('keeps a word wider than the line whole, on a line of its own', () => {
    expect(wrapText('a verylongwordindeed b', 60, perChar)).toEqual(['a', 'verylongwordindeed', 'b']);
  });
  it('gives no lines for no text', () => {
    expect(wrapText('  ', 100, perChar)).toEqual([]);
  });
});

describe('layoutPng', () => {
  it('on a wide image: one line each, a 64 px title band, the legend in one row below the map', () => {
    const layout = layoutPng(1280, 700, texts, measure);
    expect(layout.mapTop).toBe(64);
    expect(layout.title.map((l) => l.text)).toEqual(['Kennispark Twente']);
    expect(layout.attribution.map((l) => l.text)).toEqual([ATTRIBUTION]);
    expect(new Set(layout.legend.map((l) => l.y)).size).toBe(1);
    expect(Math.min(...layout.legend.map((l) => l.y))).toBeGreaterThan(64 + 700);
  });

  it('on a narrow image: every word of every text is kept, each line within the width, and the bands grow', () => {
    const width = 444;
    const layout = layoutPng(width, 300, texts, measure);
    for (const [lines, font, text] of [
      [layout.subtitle, 14, texts.subtitle],
      [layout.attribution, 12, ATTRIBUTION],
    ] as const) {
      expect(lines.map((l) => l.text).join(' ')).toBe(text);
      for (const line of lines) expect(line.x + line.text.length * 0.55 * font).toBeLessThanOrEqual(width - 16);
    }
    expect(layout.attribution.length).toBeGreaterThan(1);
    // Lines follow each other downwards, the band below the map holding them all.
    const ys = [...layout.legend.map((l) => l.y), ...layout.attribution.map((l) => l.y)];
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThanOrEqual(ys[i - 1]!);
    expect(layout.mapTop + 300 + layout.footBand).toBeGreaterThan(Math.max(...ys));
  });

  it('flows the legend into rows, no entry past the edge and none over another', () => {
    const width = 300;
    const layout = layoutPng(width, 300, texts, measure);
    expect(layout.legend.map((l) => l.text)).toEqual(LEGEND);
    expect(new Set(layout.legend.map((l) => l.y)).size).toBeGreaterThan(1);
    for (const entry of layout.legend) expect(entry.x + measure(entry.text, '13px')).toBeLessThanOrEqual(width - 16);
    const sameRow = layout.legend.filter((l) => l.y === layout.legend[0]!.y);
    for (let i = 1; i < sameRow.length; i++) expect(sameRow[i]!.swatchX).toBeGreaterThan(sameRow[i - 1]!.x + measure(sameRow[i - 1]!.text, '13px'));
  });

  it('starts each group on a row of its own, and puts a swatch its room before its label', () => {
    const modes = ['Rail', 'Water'].map((label) => ({ label, swatch: LEGEND_LINE_SWATCH, group: 'modes' }));
    const statuses = ['Existing', 'Planned'].map((label) => ({ label, swatch: LEGEND_LINE_SWATCH, group: 'statuses' }));
    const layout = layoutPng(1280, 700, { ...texts, legend: [...kinds, ...modes, ...statuses] }, measure);
    const rowOf = (label: string) => layout.legend.find((l) => l.text === label)!.y;
    expect(new Set(kinds.map((k) => rowOf(k.label))).size).toBe(1);
    expect(rowOf('Rail')).toBe(rowOf('Water'));
    expect(rowOf('Rail')).toBeGreaterThan(rowOf('Quay'));
    expect(rowOf('Existing')).toBeGreaterThan(rowOf('Rail'));
    expect(layout.legend.find((l) => l.text === 'Rail')!.swatchX).toBe(16);
    for (const entry of layout.legend) expect(entry.x - entry.swatchX).toBeCloseTo(['Rail', 'Water', 'Existing', 'Planned'].includes(entry.text) ? LEGEND_LINE_SWATCH : LEGEND_SHAPE);
    // The band below the map holds the three rows and the attribution.
    expect(layout.mapTop + 700 + layout.footBand).toBeGreaterThan(Math.max(...layout.attribution.map((l) => l.y)));
    expect(Math.min(...layout.attribution.map((l) => l.y))).toBeGreaterThan(rowOf('Existing'));
  });
});
