// A tour step sets the camera, the visible layers, the selection and the open panel. Applied from the
// store whenever the tour position changes, so keys, buttons and step links all go through here.
import type { AtlasData } from '../data/atlasData';
import type { TourStep } from '../data/schema';
import { positionsOf, regionViewBeside, roomAround } from '../state/focusSite';
import type { RegionView } from '../state/regionViews';
import type { AtlasStore } from '../state/store';

/**
 * A step's camera as a region: its centre and zoom as written (for a desktop's map), and the room its places
 * take there (the sites it shows and what it selects), so a smaller map, a panel or the card zoom it out to
 * keep them in view; never in.
 */
export function stepRegion(step: TourStep, data: AtlasData): RegionView {
  const { center, zoom, shows = [] } = step.camera;
  const selections = [...shows.map((id) => ({ kind: 'site' as const, id })), ...(step.select ? [step.select] : [])];
  const places = selections.flatMap((selection) => positionsOf(data, selection));
  return { center: [center[0], center[1]], zoom, needs: roomAround(center, zoom, places) };
}

export function applyStep(store: AtlasStore, step: TourStep, data: AtlasData): void {
  const s = store.getState();
  s.setHidden({ kinds: step.layers?.hiddenKinds ?? [], modes: step.layers?.hiddenModes ?? [] });
  s.clearConstraints();
  s.openPanel(step.panel ?? null);
  if (step.select) s.select(step.select);
  else s.clearSelection();
  // After the panel and selection: the room the step has is what they leave.
  s.setView(regionViewBeside(stepRegion(step, data), store.getState()), 'app');
}

export function startTourSync(store: AtlasStore, data: AtlasData): () => void {
  const apply = () => {
    const position = store.getState().tour;
    const step = position ? data.tours.find((t) => t.id === position.id)?.steps[position.step] : undefined;
    if (step) applyStep(store, step, data);
  };
  apply();
  return store.subscribe((state, previous) => {
    if (state.tour && (state.tour.id !== previous.tour?.id || state.tour.step !== previous.tour?.step)) apply();
  });
}
