// The handout's life: walk the tour and capture each step (with progress), show the print layout, print, and
// drop the images once the print dialog closes.
import { useCallback, useEffect, useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import type { Locale } from '../format/money';
import type { Messages } from '../i18n/en';
import { legendWords } from '../export/pngLegend';
import type { AtlasMapHandle } from '../map/atlasMap';
import type { AtlasStore } from '../state/store';
import { captureTourHandout, type HandoutPage } from './handout';

export interface Handout {
  tourTitle: string;
  pages: HandoutPage[];
}

export function useTourHandout(store: AtlasStore, data: AtlasData, atlasMap: AtlasMapHandle, lang: Locale, t: Messages) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [handout, setHandout] = useState<Handout | null>(null);

  const make = useCallback(async () => {
    const map = atlasMap.map;
    const position = store.getState().tour;
    const tour = position ? data.tours.find((candidate) => candidate.id === position.id) : undefined;
    if (!map || !tour || progress) return;
    try {
      const pages = await captureTourHandout(map, store, data, tour, lang, legendWords(t), (done, total) => setProgress({ done, total }));
      setHandout({ tourTitle: tour.title[lang], pages });
    } catch {
      store.getState().showNotice({ code: 'handoutFailed' });
    } finally {
      setProgress(null);
    }
  }, [store, data, atlasMap, lang, t, progress]);

  useEffect(() => {
    const clear = () =>
      setHandout((shown) => {
        for (const page of shown?.pages ?? []) URL.revokeObjectURL(page.image);
        return null;
      });
    window.addEventListener('afterprint', clear);
    return () => window.removeEventListener('afterprint', clear);
  }, []);

  return { progress, handout, make };
}
