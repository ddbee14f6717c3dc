// Presses on the build's markup before React has taken it over (src/startup/heldInput.ts): held, in order, and
// replayed once the markup is live, so React's handlers see each one; the map's element and the rest of the page
// are left alone.
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdInput, type HeldInput } from '../../src/startup/heldInput';

let held: HeldInput | undefined;
let root: Root | undefined;
afterEach(async () => {
  await held?.release();
  flushSync(() => root?.unmount());
  held = undefined;
  root = undefined;
  document.body.innerHTML = '';
});

/** A small interface with the controls the atlas's has: a text field, a box, a button; and the map's element. */
function Controls({ onPress }: { onPress: (what: string) => void }) {
  const [query, setQuery] = useState('');
  const [checked, setChecked] = useState(false);
  const [count, setCount] = useState(0);
  const [lang, setLang] = useState('nl');
  return (
    <div>
      <input aria-label="search" value={query} onChange={(event) => setQuery(event.target.value)} onKeyDown={(event) => event.key === 'Escape' && onPress('escape')} />
      <output data-testid="query">{query}</output>
      <label>
        <input type="checkbox" checked={checked} onChange={(event) => setChecked(event.target.checked)} /> shown
      </label>
      <output data-testid="checked">{String(checked)}</output>
      <button type="button" onClick={() => (setCount(count + 1), onPress('button'))}>
        <span>press</span>
        <svg aria-hidden="true">
          <circle r="4" />
        </svg>
      </button>
      <output data-testid="count">{count}</output>
      <select aria-label="language" value={lang} onChange={(event) => setLang(event.target.value)}>
        <option value="nl">nl</option>
        <option value="en">en</option>
      </select>
      <output data-testid="lang">{lang}</output>
      <div id="map" tabIndex={0} />
    </div>
  );
}

/** The build's markup of `Controls` on the page, its presses held, ready to be taken over by `goLive`. */
function markupPage() {
  const onPress = vi.fn();
  const container = document.body.appendChild(document.createElement('div'));
  container.innerHTML = renderToString(<Controls onPress={onPress} />);
  const map = container.querySelector<HTMLElement>('#map')!;
  held = holdInput(container, { passThrough: (target) => map.contains(target), pace: (next) => setTimeout(next, 0) });
  const goLive = async () => {
    flushSync(() => {
      root = hydrateRoot(container, <Controls onPress={onPress} />);
    });
    await held!.release();
  };
  const get = (selector: string) => container.querySelector<HTMLElement>(selector)!;
  const text = (testId: string) => get(`[data-testid="${testId}"]`).textContent;
  return { container, onPress, goLive, get, text, map };
}

/** A click as a pointer makes it, each part cancelable; returns whether the click itself went uncancelled. */
function pointerClick(target: Element): boolean {
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
  return target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}

const key = (target: Element, name: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, ...init }));

describe('presses before the interface is live', () => {
  it('are held from the page and replayed, in order, once React has the markup: clicks, ticks and typing', async () => {
    const page = markupPage();
    const field = page.get('input[aria-label="search"]') as HTMLInputElement;
    const box = page.get('input[type="checkbox"]') as HTMLInputElement;
    const pageSaw = vi.fn();
    page.container.addEventListener('click', pageSaw);

    expect(pointerClick(page.get('button span'))).toBe(false);
    expect(pointerClick(box)).toBe(false);
    field.focus();
    for (const name of ['T', 'w', 'x', 'Backspace', 'e']) expect(key(field, name)).toBe(false);
    // Held: nothing reached the page's own listeners, nothing changed natively.
    expect(pageSaw).not.toHaveBeenCalled();
    expect([box.checked, field.value]).toEqual([false, '']);

    await page.goLive();
    expect(page.text('count')).toBe('1');
    expect(page.onPress).toHaveBeenCalledWith('button');
    expect(page.text('checked')).toBe('true');
    expect(box.checked).toBe(true);
    expect(field.value).toBe('Twe');
    expect(page.text('query')).toBe('Twe');
  });

  it('replay keys to React’s key handlers, and activate buttons and boxes as Enter and Space do', async () => {
    const page = markupPage();
    const field = page.get('input[aria-label="search"]');
    const button = page.get('button');
    const box = page.get('input[type="checkbox"]') as HTMLInputElement;
    key(field, 'Escape');
    key(button, 'Enter');
    key(button, ' ');
    key(box, ' ');
    await page.goLive();
    expect(page.onPress.mock.calls.map(([what]) => what)).toEqual(['escape', 'button', 'button']);
    expect(page.text('count')).toBe('2');
    expect(page.text('checked')).toBe('true');
  });

  it('hold text put in without keys (pasted, filled in) and put it in place of the selection then', async () => {
    const page = markupPage();
    const field = page.get('input[aria-label="search"]') as HTMLInputElement;
    const paste = (data: string) => field.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', data, bubbles: true, cancelable: true }));
    field.focus();
    expect(paste('Hengelo')).toBe(false);
    key(field, 'Backspace');
    expect(field.value).toBe('');
    await page.goLive();
    expect(page.text('query')).toBe('Hengel');
  });

  it('count a press on an icon inside a button as the button’s', async () => {
    const page = markupPage();
    expect(pointerClick(page.get('button circle'))).toBe(false);
    await page.goLive();
    expect(page.text('count')).toBe('1');
  });

  it('leave a list’s picker to the browser, and tell React its choice once live', async () => {
    const page = markupPage();
    const list = page.get('select') as HTMLSelectElement;
    const firstPress = vi.fn();
    held!.onFirstPress(firstPress);
    expect(pointerClick(list)).toBe(true);
    list.value = 'en';
    list.dispatchEvent(new Event('change', { bubbles: true }));
    expect(firstPress).toHaveBeenCalledTimes(1);
    await page.goLive();
    expect(page.text('lang')).toBe('en');
    expect(list.value).toBe('en');
  });

  it('move focus to what was pressed, as the press would have', async () => {
    const page = markupPage();
    pointerClick(page.get('input[type="checkbox"]'));
    await page.goLive();
    expect(document.activeElement).toBe(page.get('input[type="checkbox"]'));
  });

  it('leave Tab, the map’s element and the rest of the page alone', () => {
    const page = markupPage();
    const outside = document.body.appendChild(document.createElement('button'));
    const firstPress = vi.fn();
    held!.onFirstPress(firstPress);
    expect(key(page.get('button'), 'Tab')).toBe(true);
    expect(pointerClick(page.map)).toBe(true);
    expect(key(page.map, 'ArrowLeft')).toBe(true);
    expect(pointerClick(outside)).toBe(true);
    expect(firstPress).not.toHaveBeenCalled();
  });

  it('report the first press once (at once to a listener that comes later), and go through once released', async () => {
    const page = markupPage();
    const early = vi.fn();
    held!.onFirstPress(early);
    pointerClick(page.get('button'));
    key(page.get('button'), 'Enter');
    expect(early).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    held!.onFirstPress(late);
    expect(late).toHaveBeenCalledTimes(1);
    await page.goLive();
    expect(page.text('count')).toBe('2');
    await held!.release();
    expect(page.text('count')).toBe('2');
    expect(pointerClick(page.get('button'))).toBe(true);
    await new Promise((rendered) => setTimeout(rendered, 0));
    expect(page.text('count')).toBe('3');
  });

  it('skip a press whose element is gone by then', async () => {
    const page = markupPage();
    const gone = page.container.appendChild(document.createElement('button'));
    const clicked = vi.fn();
    gone.addEventListener('click', clicked);
    pointerClick(gone);
    gone.remove();
    await held!.release();
    expect(clicked).not.toHaveBeenCalled();
  });
});
