// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutOf, type KeyEventLike } from '../../src/layout/shortcuts';

const press = (key: string, target: EventTarget | null = document.body, extra: Partial<KeyEventLike> = {}): KeyEventLike => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  target,
  ...extra,
});

const element = (html: string) => {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.firstElementChild as HTMLElement;
};

describe('keyboard shortcuts', () => {
  it('maps / to search, ? to help and Escape to escape on the page', () => {
    expect(shortcutOf(press('/'))).toBe('search');
    expect(shortcutOf(press('?'))).toBe('help');
    expect(shortcutOf(press('Escape'))).toBe('escape');
    expect(shortcutOf(press('a'))).toBeNull();
    expect(shortcutOf(press('Enter'))).toBeNull();
  });

  it('leaves signs typed in a field to the field, but not Escape', () => {
    for (const html of ['<input type="search">', '<input>', '<textarea></textarea>', '<select></select>']) {
      const field = element(html);
      expect(shortcutOf(press('/', field)), html).toBeNull();
      expect(shortcutOf(press('?', field)), html).toBeNull();
      expect(shortcutOf(press('Escape', field)), html).toBe('escape');
    }
  });

  it('acts on buttons, checkboxes and links (they take no text)', () => {
    for (const html of ['<button>x</button>', '<input type="checkbox">', '<input type="radio">', '<a href="#">x</a>']) {
      expect(shortcutOf(press('?', element(html))), html).toBe('help');
    }
  });

  it('leaves a browser’s own shortcuts and handled keys alone', () => {
    expect(shortcutOf(press('/', document.body, { ctrlKey: true }))).toBeNull();
    expect(shortcutOf(press('/', document.body, { metaKey: true }))).toBeNull();
    expect(shortcutOf(press('?', document.body, { altKey: true }))).toBeNull();
    expect(shortcutOf(press('/', document.body, { defaultPrevented: true }))).toBeNull();
  });

  it('leaves every key inside an open dialog to the dialog (Escape closes it, not the panel behind)', () => {
    const dialog = element('<dialog open><button>close</button></dialog>');
    const button = dialog.querySelector('button')!;
    expect(shortcutOf(press('Escape', button))).toBeNull();
    expect(shortcutOf(press('?', button))).toBeNull();
    dialog.removeAttribute('open');
    expect(shortcutOf(press('Escape', button))).toBe('escape');
  });

  it('knows an editable element from plain text', () => {
    const editable = element('<div contenteditable="true">x</div>');
    // jsdom does not compute isContentEditable; the browser does.
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    expect(isTypingTarget(editable)).toBe(true);
    expect(isTypingTarget(element('<p>x</p>'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(window)).toBe(false);
  });
});
