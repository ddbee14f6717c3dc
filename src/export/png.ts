// Exports what the map shows as a PNG: a title band, the map, and below it the legend and the attribution
// (pngLayout.ts places the texts). The map is the part the reader sees: the part a panel or the tour's card covers
// is left out (a focus is centred in what remains).
import type { Map as MaplibreMap } from 'maplibre-gl';
import { SHAPE_PATHS, SITE_ICONS } from '../map/icons';
import type { PngLegendEntry } from './pngLegend';
import { layoutPng, LEGEND_LINE_SWATCH, LEGEND_SHAPE, PNG_FONTS, type PlacedLegend, type PlacedText } from './pngLayout';
import { metresPerPixel, scaleBar } from './scaleBar';

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

/** A legend entry's swatch: the kind's shape as on the map, or a line in the mode's colour or the status's dashes. */
function drawSwatch(ctx: CanvasRenderingContext2D, entry: PngLegendEntry, placed: PlacedLegend) {
  ctx.save();
  if ('kind' in entry.swatch) {
    const icon = SITE_ICONS[entry.swatch.kind];
    // The 16-pixel shape path, centred on the label's middle.
    ctx.translate(placed.swatchX, placed.y - 12);
    const path = new Path2D(SHAPE_PATHS[icon.shape]);
    ctx.fillStyle = icon.color;
    ctx.fill(path);
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 1.5;
    ctx.stroke(path);
  } else {
    const { color, dash } = entry.swatch.line;
    ctx.strokeStyle = color;
    ctx.lineWidth = 3;
    ctx.setLineDash(dash[1] === 0 ? [] : dash.map((d) => d * 3));
    ctx.beginPath();
    ctx.moveTo(placed.swatchX + 1, placed.y - 4);
    ctx.lineTo(placed.swatchX + LEGEND_LINE_SWATCH - 8, placed.y - 4);
    ctx.stroke();
  }
  ctx.restore();
}

/** A scale bar in the map's bottom left corner, on a white ground so it reads over any basemap. */
function drawScaleBar(ctx: CanvasRenderingContext2D, map: MaplibreMap, left: number, bottom: number, room: number) {
  const bar = scaleBar(metresPerPixel(map.getCenter().lat, map.getZoom()), Math.min(120, room));
  if (!bar) return;
  ctx.save();
  ctx.font = PNG_FONTS.attribution;
  const labelWidth = ctx.measureText(bar.label).width;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
  ctx.fillRect(left - 6, bottom - 24, Math.max(bar.width, labelWidth) + 12, 28);
  ctx.fillStyle = '#1d1d1d';
  ctx.fillText(bar.label, left, bottom - 10);
  ctx.strokeStyle = '#1d1d1d';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(left, bottom - 6);
  ctx.lineTo(left, bottom);
  ctx.lineTo(left + bar.width, bottom);
  ctx.lineTo(left + bar.width, bottom - 6);
  ctx.stroke();
  ctx.restore();
}

/** `legend` lists what the map shows, in the interface language; `visible` is the map's uncovered part (CSS px). */
export async function renderMapPng(map: MaplibreMap, title: string, subtitle: string, legend: readonly PngLegendEntry[], visible: { width: number; height: number }): Promise<Blob> {
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
  const legendTexts = legend.map((entry) => ({ label: entry.label, swatch: 'kind' in entry.swatch ? LEGEND_SHAPE : LEGEND_LINE_SWATCH, group: entry.group }));
  const layout = layoutPng(width, mapHeight, { title, subtitle, legend: legendTexts, attribution }, measure);

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
  drawScaleBar(ctx, map, 16, layout.mapTop + mapHeight - 10, width - 32);
  // The legend, below the map: each entry's swatch before its name.
  layout.legend.forEach((placed, i) => drawSwatch(ctx, legend[i]!, placed));
  write(layout.legend, PNG_FONTS.legend, '#1d1d1d');
  write(layout.attribution, PNG_FONTS.attribution, '#5a5f57');

  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'));
}
