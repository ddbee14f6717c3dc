// A tour step sets the camera, the visible layers, the selection and the open panel. Applied from the
// store whenever the tour position changes, so keys, buttons and step links all go through here.
import type { Tour, TourStep } from '../data/schema';
import type { AtlasStore } from '../state/store';

export function applyStep(store: AtlasStore, step: TourStep): void {
  const s = store.getState();
  s.setHidden({ kinds: step.layers?.hiddenKinds ?? [], modes: step.layers?.hiddenModes ?? [] });
  s.clearConstraints();
  s.openPanel(step.panel ?? null);
  if (step.select) s.select(step.select);
  else s.clearSelection();
  s.setView({ center: [step.camera.center[0], step.camera.center[1]], zoom: step.camera.zoom }, 'app');
}

export function startTourSync(store: AtlasStore, tours: readonly Tour[]): () => void {
  const apply = () => {
    const position = store.getState().tour;
    const step = position ? tours.find((t) => t.id === position.id)?.steps[position.step] : undefined;
    if (step) applyStep(store, step);
  };
  apply();
  return store.subscribe((state, previous) => {
    if (state.tour && (state.tour.id !== previous.tour?.id || state.tour.step !== previous.tour?.step)) apply();
  });
}
