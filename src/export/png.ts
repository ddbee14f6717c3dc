// Exports what the map shows as a PNG: a title band, the map, and below it the legend and the attribution
// (pngLayout.ts places the texts). The map is the part the reader sees: the part a panel or the tour's card covers
// is left out (a focus is centred in what remains).
import type { Map as MaplibreMap } from 'maplibre-gl';
import { SITE_KINDS, type SiteKind } from '../data/schema';
import { SITE_ICONS } from '../map/icons';
import { layoutPng, LEGEND_DOT, PNG_FONTS, type PlacedText } from './pngLayout';

/** Waits for the next frame to be drawn, then copies the WebGL canvas (no preserveDrawingBuffer needed). */
function captureMap(map: MaplibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** The map's uncovered part in device pixels: from the top left, as the panel covers the right and the card the foot. */
export function visibleCrop(image: { width: number; height: number }, ratio: number, visible: { width: number; height: number }): { width: number; height: number } {
  const clamp = (css: number, whole: number) => Math.max(1, Math.min(whole, Math.round(css * ratio)));
  return { width: clamp(visible.width, image.width), height: clamp(visible.height, image.height) };
}

/** `kindNames` words the legend in the interface language; `visible` is the map's uncovered part (CSS px). */
export async function renderMapPng(map: MaplibreMap, title: string, subtitle: string, kindNames: Record<SiteKind, string>, visible: { width: number; height: number }): Promise<Blob> {
  const whole = await captureMap(map);
  const ratio = whole.width / map.getCanvas().clientWidth || 1;
  const crop = visibleCrop(whole, ratio, visible);
  const width = crop.width / ratio;
  const mapHeight = crop.height / ratio;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const measure = (text: string, font: string) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
  // Attribution: what the attribution control shows, as plain text, whole.
  const attribution = map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim() ?? '';
  const layout = layoutPng(width, mapHeight, { title, subtitle, legend: SITE_KINDS.map((kind) => kindNames[kind]), attribution }, measure);

  canvas.width = crop.width;
  canvas.height = Math.round((layout.mapTop + mapHeight + layout.footBand) * ratio);
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, canvas.height / ratio);
  ctx.drawImage(whole, 0, 0, crop.width, crop.height, 0, layout.mapTop, width, mapHeight);
  const write = (lines: PlacedText[], font: string, colour: string) => {
    ctx.font = font;
    ctx.fillStyle = colour;
    for (const line of lines) ctx.fillText(line.text, line.x, line.y);
  };
  write(layout.title, PNG_FONTS.title, '#1d1d1d');
  write(layout.subtitle, PNG_FONTS.subtitle, '#5a5f57');
  // The legend, below the map: each kind's dot in its colour before its name.
  layout.legend.forEach((entry, i) => {
    ctx.fillStyle = SITE_ICONS[SITE_KINDS[i]!].color;
    ctx.beginPath();
    ctx.arc(entry.x - LEGEND_DOT + 6, entry.y - 4, 6, 0, 2 * Math.PI);
    ctx.fill();
  });
  write(layout.legend, PNG_FONTS.legend, '#1d1d1d');
  write(layout.attribution, PNG_FONTS.attribution, '#5a5f57');

  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'));
}
