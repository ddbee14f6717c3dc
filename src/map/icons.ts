// Site symbols drawn pixel by pixel (no canvas, so this runs and is tested anywhere): a distinct shape per
// kind, filled with the kind's colour inside a white rim, antialiased from a signed distance.
import type { SiteKind } from '../data/schema';

export type Shape = 'circle' | 'diamond' | 'square' | 'triangle';

export interface IconSpec {
  shape: Shape;
  color: string;
  /** Radius in CSS pixels. */
  radius: number;
}

export const SITE_ICONS: Record<SiteKind, IconSpec> = {
  'top-location': { shape: 'circle', color: '#b3261e', radius: 10 },
  'creative-breeding-ground': { shape: 'diamond', color: '#7b3fa0', radius: 9 },
  quay: { shape: 'square', color: '#0b5fa5', radius: 8 },
  facility: { shape: 'triangle', color: '#3f6b1f', radius: 7 },
};

export const iconName = (kind: SiteKind) => `site-${kind}`;

/** Each shape as an SVG path in a 16 × 16 box: the legend's swatches and the exported image's legend. */
export const SHAPE_PATHS: Record<Shape, string> = {
  circle: 'M8 2a6 6 0 1 0 0.001 0Z',
  diamond: 'M8 1.5 14.5 8 8 14.5 1.5 8Z',
  square: 'M2.5 2.5h11v11h-11Z',
  triangle: 'M8 2.5 14 13H2Z',
};

export interface RasterIcon {
  width: number;
  height: number;
  data: Uint8Array;
  pixelRatio: number;
}

/** Signed distance (negative inside) from a point to a shape of radius r centred at the origin. */
export function signedDistance(shape: Shape, x: number, y: number, r: number): number {
  switch (shape) {
    case 'circle':
      return Math.hypot(x, y) - r;
    case 'square':
      return Math.max(Math.abs(x), Math.abs(y)) - r * 0.85;
    case 'diamond':
      return (Math.abs(x) + Math.abs(y)) / Math.SQRT2 - r * 0.8;
    case 'triangle': {
      // Equilateral, pointing up; distance to the three edges' half-planes.
      const k = Math.sqrt(3);
      const edges = [y - r * 0.55, (-k * x - y) / 2 - r * 0.55, (k * x - y) / 2 - r * 0.55];
      return Math.max(...edges);
    }
  }
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function rasterizeIcon({ shape, color, radius }: IconSpec, pixelRatio = 2, rim = 2): RasterIcon {
  const size = Math.ceil((radius + rim + 1) * 2 * pixelRatio);
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = hexToRgb(color);
  const half = size / 2;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5 - half) / pixelRatio;
      const y = (py + 0.5 - half) / pixelRatio;
      const outer = signedDistance(shape, x, y, radius + rim);
      const inner = signedDistance(shape, x, y, radius);
      const alpha = Math.min(1, Math.max(0, 0.5 - outer * pixelRatio));
      const fill = Math.min(1, Math.max(0, 0.5 - inner * pixelRatio));
      const i = (py * size + px) * 4;
      data[i] = Math.round(r * fill + 255 * (1 - fill));
      data[i + 1] = Math.round(g * fill + 255 * (1 - fill));
      data[i + 2] = Math.round(b * fill + 255 * (1 - fill));
      data[i + 3] = Math.round(alpha * 255);
    }
  }
  return { width: size, height: size, data, pixelRatio };
}
