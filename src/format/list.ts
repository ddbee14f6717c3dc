// A short list for a sentence: the first few items quoted, the rest counted (a long link must not fill the screen).
const SHOWN = 4;

export function quotedList(items: readonly string[], quote: (item: string) => string, rest: (count: number) => string): string {
  const shown = items.slice(0, SHOWN).map(quote).join(', ');
  return items.length > SHOWN ? `${shown} ${rest(items.length - SHOWN)}` : shown;
}
