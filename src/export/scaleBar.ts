// The exported image's scale bar: a round distance (1, 2 or 5 × a power of ten) no wider than the room given.

/** Metres per CSS pixel at a latitude and zoom, for MapLibre's 512-pixel world at zoom 0. */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export interface ScaleBar {
  metres: number;
  /** The bar's length in CSS pixels. */
  width: number;
  label: string;
}

export function scaleBar(metresPerCssPixel: number, maxWidth: number): ScaleBar | null {
  const most = metresPerCssPixel * maxWidth;
  if (!(most > 0) || !Number.isFinite(most)) return null;
  const power = 10 ** Math.floor(Math.log10(most));
  const metres = [5, 2, 1].map((factor) => factor * power).find((candidate) => candidate <= most)!;
  // Below a metre the scale says nothing useful for a regional map.
  if (metres < 1) return null;
  return { metres, width: metres / metresPerCssPixel, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}
