// The atlas's keyboard shortcuts, decided from a key event alone (so they are unit-tested without a page).
// Letters and signs never act while the reader types in a field or holds a modifier (a browser's own shortcuts).

export type Shortcut = 'search' | 'help' | 'escape';

export interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url', 'date', 'time']);

/** Whether keys typed at `target` are text for it (a field, a select, an editable element). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT' || element.isContentEditable) return true;
  return element.tagName === 'INPUT' && TEXT_INPUT_TYPES.has((element as HTMLInputElement).type);
}

export function shortcutOf(event: KeyEventLike): Shortcut | null {
  // A dialog handles its own keys (Escape closes it, not the panel behind it).
  const element = event.target as Element | null;
  if (element && typeof element.closest === 'function' && element.closest('dialog[open]')) return null;
  if (event.key === 'Escape') return 'escape';
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return null;
  if (event.key === '/') return 'search';
  if (event.key === '?') return 'help';
  return null;
}
