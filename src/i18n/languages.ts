// The interface languages. Data text exists in Dutch and English; German shows the headline interface
// in German and everything else (data text, number formats) in English.
import type { Locale } from '../format/money';

export const UI_LANGS = ['nl', 'en', 'de'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export const isUiLang = (value: unknown): value is UiLang => typeof value === 'string' && (UI_LANGS as readonly string[]).includes(value);

/** The language data text and numbers are shown in. */
export const dataLangOf = (lang: UiLang): Locale => (lang === 'nl' ? 'nl' : 'en');

/** The first browser language we have, else English. */
export function detectLang(preferred: readonly string[] = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language])): UiLang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLang(base)) return base;
  }
  return 'en';
}
