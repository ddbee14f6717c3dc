// Whether a row that scrolls sideways has more to show before or after what is in view (the phone's header
// buttons: without a hint, the buttons past the edge look like they do not exist).

export interface ScrollBox {
  scrollLeft: number;
  scrollWidth: number;
  clientWidth: number;
}

/** A pixel of slack: zoomed pages report fractional scroll positions that never quite reach the end. */
const SLACK = 1;

export function scrollEdges({ scrollLeft, scrollWidth, clientWidth }: ScrollBox): { before: boolean; after: boolean } {
  // Right-to-left rows report negative positions; the distance from the start is what matters.
  const fromStart = Math.abs(scrollLeft);
  return { before: fromStart > SLACK, after: scrollWidth - clientWidth - fromStart > SLACK };
}

/**
 * Marks a sideways-scrolling row with data-more-before / data-more-after while there is more to scroll to, and
 * scrolls an item that takes the focus fully into view, clear of the faded ends (the row's scroll padding): the
 * browser leaves a partly shown item where it is. Returns the stop.
 */
export function watchScrollRow(element: HTMLElement): () => void {
  const mark = () => {
    const { before, after } = scrollEdges(element);
    element.toggleAttribute('data-more-before', before);
    element.toggleAttribute('data-more-after', after);
  };
  const reveal = (event: FocusEvent) => (event.target as HTMLElement).scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  element.addEventListener('scroll', mark, { passive: true });
  element.addEventListener('focusin', reveal);
  // The row's room changes with the window (and its content with the language). The observer's first report
  // comes once the page is laid out, so the first marking does not force a layout of its own (this runs as
  // the interface first mounts: 10–25 ms of the page's start with software rendering); without one, at once.
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(mark) : null;
  if (observer) {
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
  } else mark();
  return () => {
    element.removeEventListener('scroll', mark);
    element.removeEventListener('focusin', reveal);
    observer?.disconnect();
  };
}
