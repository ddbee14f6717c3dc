// The interface language reaches components through context; they ask for `t` (the catalogue) and the
// languages, never for a string of their own.
import { createContext, useContext } from 'react';
import type { Locale } from '../format/money';
import { en, type Messages } from './en';
import type { UiLang } from './languages';

export interface I18n {
  /** The catalogue of the interface language. */
  t: Messages;
  ui: UiLang;
  /** The language of data text and number formats. */
  lang: Locale;
}

export const I18nContext = createContext<I18n>({ t: en, ui: 'en', lang: 'en' });

export const useI18n = (): I18n => useContext(I18nContext);
export const useT = (): Messages => useContext(I18nContext).t;
