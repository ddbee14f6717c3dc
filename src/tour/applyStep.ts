// What a tour step sets: the camera, the visible layers, the selection and the open panel, in one change of the
// store (tourSlice.ts), so keys, buttons and step links all show a step the same way and nothing sees half of it.
import type { AtlasData } from '../data/atlasData';
import type { TourStep } from '../data/schema';
import { LINK_MODES, SITE_KINDS } from '../data/vocabulary';
import { EMPTY_CONSTRAINTS } from '../state/filtersSlice';
import { positionsOf } from '../state/focusSite';
import { fittedView } from '../state/regionViews';
import type { AtlasState } from '../state/store';
import type { FittedView } from '../state/viewSlice';

/**
 * A step's camera: its centre as written, at its zoom, or further out where the map has less room than a
 * desktop's for the places it shows (its `shows` and its selection); never further in.
 */
export function stepView(step: TourStep, data: AtlasData): FittedView {
  const { center, zoom, shows = [] } = step.camera;
  const selections = [...shows.map((id) => ({ kind: 'site' as const, id })), ...(step.select ? [step.select] : [])];
  const places = selections.flatMap((selection) => positionsOf(data, selection));
  if (places.length === 0) return { center: [center[0], center[1]], zoom };
  // Bounds around the written centre, so fitting them keeps it there.
  const across = Math.max(...places.map((p) => Math.abs(p[0] - center[0])));
  const upDown = Math.max(...places.map((p) => Math.abs(p[1] - center[1])));
  return fittedView({
    bounds: [
      [center[0] - across, center[1] - upDown],
      [center[0] + across, center[1] + upDown],
    ],
    maxZoom: zoom,
  });
}

export function stepState(step: TourStep, data: AtlasData): Partial<AtlasState> {
  const kinds = step.layers?.hiddenKinds ?? [];
  const modes = step.layers?.hiddenModes ?? [];
  return {
    hiddenKinds: SITE_KINDS.filter((kind) => kinds.includes(kind)),
    hiddenModes: LINK_MODES.filter((mode) => modes.includes(mode)),
    hiddenNetworks: [],
    ...EMPTY_CONSTRAINTS,
    panel: step.panel ?? null,
    ...(step.panel ? { panelCollapsed: false } : {}),
    selection: step.select ?? null,
    view: { ...stepView(step, data), origin: 'app' },
  };
}
