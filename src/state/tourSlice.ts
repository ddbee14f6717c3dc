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
  /**
   * How far the tour's card reaches into the map from the side it sits on, in pixels (0 without a card): up from
   * the foot, or in from the right edge in the `column` layout (focusOffset.ts). A step's place is shown beside it.
   */
  tourCard: number;
  setTourCard: (pixels: number) => void;
}

export const createTourSlice =
  (stepCounts: ReadonlyMap<string, number>): StateCreator<AtlasState, [], [], TourSlice> =>
  (set, get) => {
    const clamp = (id: string, step: number) => Math.min(Math.max(0, Math.trunc(step)), (stepCounts.get(id) ?? 1) - 1);
    const go = (step: number) => {
      const tour = get().tour;
      if (tour) set({ tour: { id: tour.id, step: clamp(tour.id, step) } });
    };
    return {
      tour: null,
      startTour: (id, step = 0) => {
        if (!stepCounts.has(id)) return false;
        set({ tour: { id, step: clamp(id, step) } });
        return true;
      },
      goToStep: go,
      nextStep: () => go((get().tour?.step ?? 0) + 1),
      previousStep: () => go((get().tour?.step ?? 0) - 1),
      endTour: () => set({ tour: null }),
      tourCard: 0,
      setTourCard: (pixels) => {
        const tourCard = Number.isFinite(pixels) ? Math.max(0, Math.round(pixels)) : 0;
        if (tourCard !== get().tourCard) set({ tourCard });
      },
    };
  };
