// Where the focus goes when the side panel closes. The panel takes the focus when it opens (its heading), so a
// keyboard user who closes it with Escape or its close button was left on the page's body, at its start. The
// focus goes back to what opened the panel (a list item, the search box, a header button), as dialogs do. A panel
// closed by a click elsewhere leaves the focus where that click put it.
import { useLayoutEffect, useRef } from 'react';

const PANEL = '.side-panel';

/** `panelKey` names what the panel shows (null: closed); it changes when the panel shows something else. */
export function useFocusReturn(panelKey: string | null): void {
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (panelKey !== null) {
      // Opened, or shown something else from outside it (another list item, the map): that is the opener now.
      if (active instanceof HTMLElement && active !== document.body && !active.closest(PANEL)) opener.current = active;
      return;
    }
    const target = opener.current;
    opener.current = null;
    const focusLeftWithPanel = active === null || active === document.body;
    if (target && focusLeftWithPanel && target.isConnected) shownOrItsControl(target)?.focus();
  }, [panelKey]);
}

const isShown = (element: Element) => element.getClientRects().length > 0;

/**
 * The element if it is shown; else the button that shows the container it is in (`aria-controls`): a phone's
 * drawer closes when a site is picked from it, and its toggle is where a keyboard user picks up again.
 */
function shownOrItsControl(element: HTMLElement): HTMLElement | null {
  if (isShown(element)) return element;
  for (let container = element.parentElement; container; container = container.parentElement) {
    if (!container.id) continue;
    const control = document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(container.id)}"]`);
    if (control && isShown(control)) return control;
  }
  return null;
}
