// Picks the catalogue for a language. German is partial: missing keys fall back to English, key by key.
import { de } from './de';
import { en, type Messages } from './en';
import type { UiLang } from './languages';
import { nl } from './nl';

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

function overlay<T>(base: T, partial: DeepPartial<T>): T {
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(partial as Record<string, unknown>)) {
    const original = result[key];
    result[key] =
      value && typeof value === 'object' && original && typeof original === 'object' ? overlay(original, value as DeepPartial<typeof original>) : value;
  }
  return result as T;
}

const GERMAN = overlay(en, de);

export function messagesFor(lang: UiLang): Messages {
  return lang === 'nl' ? nl : lang === 'de' ? GERMAN : en;
}
