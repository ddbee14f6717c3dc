import type { StateCreator } from 'zustand/vanilla';
import type { UiLang } from '../i18n/languages';
import type { AtlasState } from './store';

export interface LanguageSlice {
  /** The interface language (data text follows it where the data has it). */
  lang: UiLang;
  setLang: (lang: UiLang) => void;
}

export const createLanguageSlice =
  (initial: UiLang): StateCreator<AtlasState, [], [], LanguageSlice> =>
  (set) => ({
    lang: initial,
    setLang: (lang) => set({ lang }),
  });
