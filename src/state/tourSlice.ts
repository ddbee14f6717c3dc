import type { StateCreator } from 'zustand/vanilla';
import type { AtlasState } from './store';

export interface TourPosition {
  id: string;
  step: number;
}

export interface TourSlice {
  tour: TourPosition | null;
  /** Starts a known tour at a step (clamped); false for an unknown tour. */
  startTour: (id: string, step?: number) => boolean;
  goToStep: (step: number) => void;
  nextStep: () => void;
  previousStep: () => void;
  endTour: () => void;
}

/** The tours: each one's number of steps, and what showing a step sets besides the position (tour/applyStep.ts). */
export interface TourSteps {
  counts: ReadonlyMap<string, number>;
  stateOf?: (position: TourPosition) => Partial<AtlasState>;
}

export const createTourSlice =
  ({ counts, stateOf = () => ({}) }: TourSteps): StateCreator<AtlasState, [], [], TourSlice> =>
  (set, get) => {
    const clamp = (id: string, step: number) => Math.min(Math.max(0, Math.trunc(step)), (counts.get(id) ?? 1) - 1);
    const show = (id: string, step: number) => {
      const tour = { id, step: clamp(id, step) };
      set({ ...stateOf(tour), tour });
    };
    const go = (step: number) => {
      const tour = get().tour;
      if (tour) show(tour.id, step);
    };
    return {
      tour: null,
      startTour: (id, step = 0) => {
        if (!counts.has(id)) return false;
        show(id, step);
        return true;
      },
      goToStep: go,
      nextStep: () => go((get().tour?.step ?? 0) + 1),
      previousStep: () => go((get().tour?.step ?? 0) - 1),
      endTour: () => set({ tour: null }),
    };
  };
