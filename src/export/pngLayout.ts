// Where the exported PNG's texts go: a title band above the map, and below it a band with the legend and the
// attribution. Every text wraps to the image's width (a narrow export cut the subtitle and the attribution short,
// and the attribution is what the basemap's and the data's licences ask for), and the legend sits below the
// map rather than over it. Pure, in CSS pixels; `measure` is the canvas's measureText in the given font.

export type Measure = (text: string, font: string) => number;

export const PNG_FONTS = {
  title: 'bold 22px "Noto Sans", system-ui, sans-serif',
  subtitle: '14px "Noto Sans", system-ui, sans-serif',
  legend: '13px "Noto Sans", system-ui, sans-serif',
  attribution: '12px "Noto Sans", system-ui, sans-serif',
} as const;

const MARGIN = 16;
const TITLE_LINE = 28;
const SUBTITLE_LINE = 19;
const LEGEND_LINE = 20;
const ATTRIBUTION_LINE = 16;
/** Room for a legend entry's swatch and the gap before its label: a shape, a line; and the gap to the next entry. */
export const LEGEND_SHAPE = 18;
export const LEGEND_LINE_SWATCH = 34;
const LEGEND_GAP = 16;

/** A line of text at its baseline, in CSS pixels from the image's top left. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
}

/** A legend entry to place: its label, the room its swatch takes before it, its group (a group starts a row). */
export interface LegendText {
  label: string;
  swatch: number;
  group: string;
}

/** A placed legend entry: its label at its baseline, its swatch in the `swatch` pixels from `swatchX`. */
export interface PlacedLegend extends PlacedText {
  swatchX: number;
}

export interface PngLayout {
  /** The map's top edge (the title band's height). */
  mapTop: number;
  /** The height of the band below the map. */
  footBand: number;
  title: PlacedText[];
  subtitle: PlacedText[];
  legend: PlacedLegend[];
  attribution: PlacedText[];
}

/** Splits a text into lines no wider than `width`; a single word wider than that keeps a line of its own. */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && measure(longer) > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The texts' places for an image `width` wide whose map is `mapHeight` tall. Baselines run from the band's top;
 * a band grows with its lines (one line each: a 64 px title band, as before).
 */
export function layoutPng(width: number, mapHeight: number, texts: { title: string; subtitle: string; legend: readonly LegendText[]; attribution: string }, measure: Measure): PngLayout {
  const room = Math.max(1, width - 2 * MARGIN);
  const lines = (text: string, font: string) => wrapText(text, room, (candidate) => measure(candidate, font));

  let y = 30 - TITLE_LINE;
  const title = lines(texts.title, PNG_FONTS.title).map((text) => ({ text, x: MARGIN, y: (y += TITLE_LINE) }));
  y += 22 - SUBTITLE_LINE;
  const subtitle = lines(texts.subtitle, PNG_FONTS.subtitle).map((text) => ({ text, x: MARGIN, y: (y += SUBTITLE_LINE) }));
  const mapTop = y + 12;

  // The legend flows in rows below the map, an entry never split; each group (kinds, modes, line styles) starts a row.
  const legend: PlacedLegend[] = [];
  let x = 0;
  let row = 0;
  let group: string | undefined;
  for (const item of texts.legend) {
    const entry = item.swatch + measure(item.label, PNG_FONTS.legend);
    if (x > 0 && (x + entry > room || item.group !== group)) {
      row += 1;
      x = 0;
    }
    group = item.group;
    legend.push({ text: item.label, swatchX: MARGIN + x, x: MARGIN + x + item.swatch, y: mapTop + mapHeight + 20 + row * LEGEND_LINE });
    x += entry + LEGEND_GAP;
  }
  y = mapTop + mapHeight + 20 + (legend.length > 0 ? (row + 1) * LEGEND_LINE : 0) + 2 - ATTRIBUTION_LINE;
  const attribution = lines(texts.attribution, PNG_FONTS.attribution).map((text) => ({ text, x: MARGIN, y: (y += ATTRIBUTION_LINE) }));
  const footBand = Math.max(y, mapTop + mapHeight + 20) + 10 - (mapTop + mapHeight);
  return { mapTop, footBand, title, subtitle, legend, attribution };
}
