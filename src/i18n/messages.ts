// Picks the catalogue for a language. English ships with the app; Dutch and German load on demand (a
// few kB each), so most visitors download one language. German is partial: missing keys fall back to
// English, key by key.
import { en, type Messages } from './en';
import type { UiLang } from './languages';

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

export function overlay<T>(base: T, partial: DeepPartial<T>): T {
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(partial as Record<string, unknown>)) {
    const original = result[key];
    result[key] = value && typeof value === 'object' && original && typeof original === 'object' ? overlay(original, value as DeepPartial<typeof original>) : value;
  }
  return result as T;
}

const loaded = new Map<UiLang, Messages>([['en', en]]);

/** The catalogue if it is already here (English always is). */
export const loadedMessages = (lang: UiLang): Messages | undefined => loaded.get(lang);

export async function loadMessages(lang: UiLang): Promise<Messages> {
  const ready = loaded.get(lang);
  if (ready) return ready;
  const messages = lang === 'nl' ? (await import('./nl')).nl : overlay(en, (await import('./de')).de);
  loaded.set(lang, messages);
  return messages;
}
