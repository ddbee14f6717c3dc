// The views behind the "Twente" and "Overijssel" buttons and the opening view: the top work locations of the
// region, fitted by MapLibre into the room the map has (a phone's map zooms out to keep them all in view).
import type { AtlasData } from '../data/atlasData';
import type { Bounds, Fit, FittedView } from './viewSlice';

export type RegionId = 'twente' | 'overijssel';

/** How far in a region is shown at most: on a desktop's map the sites and their labels have room to spare. */
const REGION_MAX_ZOOM: Record<RegionId, number> = { twente: 10.4, overijssel: 8.4 };

export function boundsOf(positions: ReadonlyArray<readonly [number, number]>): Bounds | null {
  if (positions.length === 0) return null;
  const lons = positions.map((p) => p[0]);
  const lats = positions.map((p) => p[1]);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}

const middleOf = ([[west, south], [east, north]]: Bounds): [number, number] => [(west + east) / 2, (south + north) / 2];

/** A fit as a view: `center` and `zoom` say where, roughly, until the map has fitted it. */
export const fittedView = (fits: Fit): FittedView => ({ center: middleOf(fits.bounds), zoom: fits.maxZoom, fits });

/** The region's top work locations, shown whole. */
export function regionView(data: AtlasData, region: RegionId): FittedView {
  const sites = data.sites.features.filter((f) => f.properties.kind === 'top-location' && (region === 'overijssel' || f.properties.region === region));
  const bounds = boundsOf(sites.map((f) => f.geometry.coordinates)) ?? [
    [6.4, 52.2],
    [6.9, 52.4],
  ];
  return fittedView({ bounds, maxZoom: REGION_MAX_ZOOM[region] });
}
