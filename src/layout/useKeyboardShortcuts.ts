// Wires the shortcuts (shortcuts.ts) to the page: one keydown listener for the whole atlas.
import { useEffect, useRef } from 'react';
import { shortcutOf, type Shortcut } from './shortcuts';

/** Each handler returns false when it did nothing (the key then keeps its usual effect). */
export type ShortcutHandlers = Record<Shortcut, () => boolean | void>;

export function useKeyboardShortcuts(handlers: ShortcutHandlers): void {
  // The latest handlers, without re-adding the listener on every render.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = shortcutOf(event);
      if (!shortcut) return;
      const done = latest.current[shortcut]();
      // Escape keeps its default (a field clears itself); a sign that did something is not typed anywhere.
      if (done !== false && shortcut !== 'escape') event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
