// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de';
import { en, type Messages } from '../../src/i18n/en';
import { detectLang, dataLangOf } from '../../src/i18n/languages';
import { loadMessages } from '../../src/i18n/messages';
import { nl } from '../../src/i18n/nl';
import { describeProblem } from '../../src/i18n/problem';
import { parseHash, serializeHash } from '../../src/state/urlCodec';
import { storeForData } from '../../src/state/store';
import { fakeMap, loadAtlas } from './fixtures';

const { App } = await import('../../src/App');

/** Every leaf of a catalogue as [path, value]; functions are called with sample arguments. */
function leaves(node: unknown, path = ''): Array<[string, string]> {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node === 'function') {
    const sample = (node as (...args: unknown[]) => unknown).length;
    const args = Array.from({ length: Math.max(sample, 1) }, (_, i) =>
      i === 0
        ? {
            count: 2,
            max: 5,
            file: 'f.csv',
            megabytes: '1.0',
            missing: 'lat',
            reason: 'r',
            kind: 'k',
            allowed: 'a',
            mode: 'm',
            type: 't',
            lon: 1,
            lat: 2,
            bounds: 'b',
            basemap: 'pdok',
            cause: 'tiles',
            fallback: 'plain',
            parts: ['site=x'],
          }
        : 2,
    );
    // Functions that take plain values get numbers/strings; the problem ones take the object above.
    try {
      return [[path, String((node as (...a: unknown[]) => unknown)(...(path.startsWith('problems.') ? args : Array.from({ length: sample }, (_, i) => (i % 2 ? 3 : 'x')))))]];
    } catch {
      return [[path, '']];
    }
  }
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

// Words that are the same in Dutch and English (names, loanwords); anything else equal is untranslated.
const SAME_IN_DUTCH =
  /^(Language · Taal · Sprache|Twente Atlas|Twente|Overijssel|West-Overijssel|Regio Deal Twente( II)?|Netwerkstad Twente|Twente Board|Planner|Filters|Partners?|Project|Website|Scenario|Pilot|Water|Station|Drone|Mobility as a Service|E-bike|PDOK \(Kadaster\)|OpenFreeMap \(OSM\)|km|m²|%|t|kg|Nederlands|English|Deutsch|Facts?heet|\s*|[-–×·✓+●\\ ]+.*|.*\b(x|2|3)\b.*|: .*|\(.*)$/;

describe('catalogues', () => {
  const english = new Map(leaves(en));
  const dutch = new Map(leaves(nl));

  it('Dutch has every English key and no empty text', () => {
    expect([...dutch.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of dutch) if (english.get(key) !== '') expect(value, key).not.toBe('');
  });

  it('Dutch is translated: no text left in English except names and loanwords', () => {
    const untranslated = [...dutch].filter(([key, value]) => value === english.get(key) && !SAME_IN_DUTCH.test(value)).map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('German covers the headline and falls back to English key by key', async () => {
    const german = await loadMessages('de');
    expect(german.app.programme).toBe('Programm');
    expect(german.legend.sites).toBe(de.legend!.sites);
    expect(german.site.municipality).toBe(en.site.municipality);
    expect(Object.keys(german).sort()).toEqual(Object.keys(en).sort());
  });

  it('words problem codes per language', () => {
    const problem = { code: 'fileTooLarge', params: { file: 'big.csv', megabytes: '50.0', max: 5 } } as const;
    expect(describeProblem(en.problems, problem)).toBe('big.csv is 50.0 MB; a scenario file may be at most 5 MB');
    expect(describeProblem(nl.problems, problem)).toBe('big.csv is 50,0 MB; een scenariobestand mag hooguit 5 MB zijn');
  });
});

describe('language choice', () => {
  it('follows the browser when it can, else English; data text follows the interface', () => {
    expect(detectLang(['nl-NL', 'en'])).toBe('nl');
    expect(detectLang(['fr-FR', 'de-AT'])).toBe('de');
    expect(detectLang(['fr-FR'])).toBe('en');
    expect(detectLang([])).toBe('en');
    expect(dataLangOf('de')).toBe('en');
    expect(dataLangOf('nl')).toBe('nl');
  });

  it('is part of the URL, and a bad value is dropped', () => {
    expect(serializeHash({ lang: 'nl' })).toBe('#lang=nl');
    expect(parseHash('#lang=de').lang).toBe('de');
    expect(parseHash('#lang=<script>').lang).toBeUndefined();
    expect(parseHash('#lang=fr&site=xl-businesspark')).toEqual({ selection: { kind: 'site', id: 'xl-businesspark' } });
  });
});

describe('the app in Dutch', () => {
  it('switches the whole interface, the data text and number formats, and keeps <html lang> in step', async () => {
    const data = loadAtlas();
    const store = storeForData(data);
    render(<App store={store} data={data} map={fakeMap()} />);
    expect(screen.getByRole('button', { name: 'Programme' })).toBeTruthy();
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'nl' } });
    expect(store.getState().lang).toBe('nl');
    // The Dutch catalogue arrives on demand; then everything switches at once.
    expect(await screen.findByRole('button', { name: 'Programma' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
    expect(screen.getByRole('navigation', { name: 'Locaties' })).toBeTruthy();
    act(() => void store.getState().select({ kind: 'site', id: 'kennispark-twente' }));
    const panel = screen.getByTestId('side-panel');
    expect(within(panel).getByText('Gemeente')).toBeTruthy();
    // Money in Dutch notation (€ 1,2 mln), never the English €1.2m.
    expect(panel.textContent).toMatch(/€\s[\d.,]+ mln/);
    expect(panel.textContent).not.toMatch(/€\d[\d.]*m\b/);
    expect(screen.getByTestId('announcer').textContent).toMatch(/^Geselecteerd: Kennispark Twente \(Topwerklocatie\)$/);
    // The data's own terms too: a site's sectors (they were shown in English).
    expect(within(panel).getByText('hightech systemen & materialen, startups')).toBeTruthy();
  });
});

describe('no interface text outside the catalogues', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.tsx') ? [path] : [];
    });
  /** Attributes people read (or hear). */
  const READ = new Set(['aria-label', 'aria-valuetext', 'title', 'placeholder', 'alt', 'caption', 'subtitle', 'label']);
  /** Attributes that are code, not text. */
  const CODE = new Set(['className', 'accept', 'type', 'role', 'name', 'id', 'href', 'rel', 'target', 'kind', 'filename', 'csvName', 'testId']);
  const TWO_WORDS = /[A-Za-z]{2,}[,.:;!?…]? +[A-Za-z]{2,}/;
  /** Units and punctuation read the same in every language. */
  const UNIT_ONLY = /^[\s·()\-–,:;]*(km²?|m²|min)?[\s·()\-–,:;]*$/;

  /** Text a reader would see that is written in the component instead of coming from `t`. */
  function hardCodedText(source: string, file: string): string[] {
    const found: string[] = [];
    const visit = (node: unknown, parent: { type?: string; name?: { name?: string } } | null): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((child) => visit(child, parent));
      const n = node as { type?: string; value?: unknown; name?: { name?: string }; [key: string]: unknown };
      if (n.type === 'ImportDeclaration') return;
      if (n.type === 'JSXAttribute' && typeof n.name?.name === 'string' && (CODE.has(n.name.name) || n.name.name.startsWith('data-'))) return;
      // Code shown as code (<code>npm run …</code>) is not prose.
      if (n.type === 'JSXElement' && (n.openingElement as { name?: { name?: string } })?.name?.name === 'code') return;
      if (n.type === 'JSXText' && /[A-Za-z]{2}/.test(String(n.value)) && !UNIT_ONLY.test(String(n.value))) found.push(String(n.value).trim());
      if (n.type === 'Literal' && typeof n.value === 'string') {
        const inReadAttribute = parent?.type === 'JSXAttribute' && READ.has(parent.name?.name ?? '');
        if ((inReadAttribute && /[A-Za-z]{2}/.test(n.value)) || TWO_WORDS.test(n.value)) found.push(n.value);
      }
      if (n.type === 'TemplateElement' && TWO_WORDS.test(String((n.value as { raw: string }).raw))) found.push((n.value as { raw: string }).raw);
      for (const [key, child] of Object.entries(n)) if (key !== 'type' && typeof child === 'object') visit(child, n);
    };
    visit(parseSync(file, source, { lang: 'tsx' }).program, null);
    return found;
  }

  it('the check finds text written in a component', () => {
    const sample = 'export const A = () => <p title="Close it">Hello there {ok ? \'Two words\' : x}</p>;';
    expect(hardCodedText(sample, 'a.tsx')).toEqual(['Close it', 'Hello there', 'Two words']);
  });

  it.each(files('src'))('%s', (file) => {
    expect(hardCodedText(readFileSync(file, 'utf8'), file)).toEqual([]);
  });
});

// A type-level guard: the catalogue type is what nl satisfies.
const _typed: Messages = nl;
void _typed;
