// A tour as a printable handout: every step's map as the presenter shows it (through the PNG export, so each
// image has the step's title, the legend and the attribution), its caption and its sources, one page per step.
// The tour is walked through once, step by step, and left at the step it was on.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AtlasData } from '../data/atlasData';
import { sourceLine } from '../data/documents';
import type { Tour } from '../data/schema';
import { renderMapPng } from '../export/png';
import { pngLegend, type LegendWords } from '../export/pngLegend';
import type { Locale } from '../format/money';
import { freeArea } from '../state/viewSlice';
import type { AtlasStore } from '../state/store';

export interface HandoutPage {
  stepId: string;
  title: string;
  caption: string;
  sources: string;
  /** An object URL of the step's image (revoke when the handout goes). */
  image: string;
}

/** Resolves once the map has stopped moving and has drawn everything it needs for what it shows. */
async function mapAtRest(map: MaplibreMap): Promise<void> {
  // A step's flight starts in the same task as the step; the tour's card may re-aim it a frame later.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  while (map.isMoving()) await new Promise((resolve) => map.once('moveend', resolve));
  await new Promise<void>((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

export const stepSources = (sources: Tour['steps'][number]['sources'], lang: Locale) => sources.map((s) => sourceLine(s, lang)).join('; ');

export async function captureTourHandout(
  map: MaplibreMap,
  store: AtlasStore,
  data: AtlasData,
  tour: Tour,
  lang: Locale,
  words: LegendWords,
  onProgress: (done: number, total: number) => void,
): Promise<HandoutPage[]> {
  const startedAt = store.getState().tour?.step ?? 0;
  const pages: HandoutPage[] = [];
  try {
    for (const [index, step] of tour.steps.entries()) {
      onProgress(index, tour.steps.length);
      store.getState().goToStep(index);
      await mapAtRest(map);
      const state = store.getState();
      // The presenter left the tour while the handout was made: stop, keep nothing.
      if (state.tour?.id !== tour.id) throw new Error('tour ended');
      const blob = await renderMapPng(map, step.title[lang], tour.title[lang], pngLegend(data, state, words), freeArea(state.mapRoom));
      pages.push({ stepId: step.id, title: step.title[lang], caption: step.caption[lang], sources: stepSources(step.sources, lang), image: URL.createObjectURL(blob) });
    }
    onProgress(tour.steps.length, tour.steps.length);
    return pages;
  } catch (error) {
    for (const page of pages) URL.revokeObjectURL(page.image);
    throw error;
  } finally {
    if (store.getState().tour?.id === tour.id) store.getState().goToStep(startedAt);
  }
}
