// Exports what the map shows as a PNG: a title band, the map, a legend and the attribution. The map is the part
// the reader sees: the part a panel or the tour's card covers is left out (a focus is centred in what remains).
import type { Map as MaplibreMap } from 'maplibre-gl';
import { SITE_KINDS, type SiteKind } from '../data/schema';
import { SITE_ICONS } from '../map/icons';

const TITLE_BAND = 64;
const FOOT_BAND = 30;

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
  const image = document.createElement('canvas');
  image.width = crop.width;
  image.height = crop.height;
  image.getContext('2d')!.drawImage(whole, 0, 0, crop.width, crop.height, 0, 0, crop.width, crop.height);
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height + (TITLE_BAND + FOOT_BAND) * ratio;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(ratio, ratio);
  const width = canvas.width / ratio;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, canvas.height / ratio);
  ctx.fillStyle = '#1d1d1d';
  ctx.font = 'bold 22px "Noto Sans", system-ui, sans-serif';
  ctx.fillText(title, 16, 30);
  ctx.font = '14px "Noto Sans", system-ui, sans-serif';
  ctx.fillStyle = '#5a5f57';
  ctx.fillText(subtitle, 16, 52);
  ctx.drawImage(image, 0, TITLE_BAND, width, image.height / ratio);

  // Legend, bottom left over the map.
  const rows = SITE_KINDS.length;
  const boxY = TITLE_BAND + image.height / ratio - (rows * 20 + 16);
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(10, boxY, 210, rows * 20 + 10);
  ctx.font = '13px "Noto Sans", system-ui, sans-serif';
  SITE_KINDS.forEach((kind, i) => {
    ctx.fillStyle = SITE_ICONS[kind].color;
    ctx.beginPath();
    ctx.arc(24, boxY + 15 + i * 20, 6, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#1d1d1d';
    ctx.fillText(kindNames[kind], 38, boxY + 20 + i * 20);
  });

  // Attribution: what the attribution control shows, as plain text.
  const attribution = map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim() ?? '';
  ctx.fillStyle = '#5a5f57';
  ctx.font = '12px "Noto Sans", system-ui, sans-serif';
  ctx.fillText(attribution.slice(0, 220), 16, TITLE_BAND + image.height / ratio + 20);

  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'));
}
