// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { scrollEdges, watchScrollRow } from '../../src/layout/scrollEdges';

describe('scrollEdges', () => {
  it('finds more after the view at the start of a row wider than its box', () => {
    expect(scrollEdges({ scrollLeft: 0, scrollWidth: 700, clientWidth: 390 })).toEqual({ before: false, after: true });
  });
  it('finds more on both sides in the middle, and only before at the end', () => {
    expect(scrollEdges({ scrollLeft: 100, scrollWidth: 700, clientWidth: 390 })).toEqual({ before: true, after: true });
    expect(scrollEdges({ scrollLeft: 310, scrollWidth: 700, clientWidth: 390 })).toEqual({ before: true, after: false });
  });
  it('treats a fraction of a pixel short of the end as the end (zoomed pages)', () => {
    expect(scrollEdges({ scrollLeft: 309.5, scrollWidth: 700, clientWidth: 390 })).toEqual({ before: true, after: false });
  });
  it('finds nothing to scroll to when the row fits', () => {
    expect(scrollEdges({ scrollLeft: 0, scrollWidth: 390, clientWidth: 390 })).toEqual({ before: false, after: false });
  });
  it('reads right-to-left rows, whose positions run negative', () => {
    expect(scrollEdges({ scrollLeft: -310, scrollWidth: 700, clientWidth: 390 })).toEqual({ before: true, after: false });
  });
});

describe('watchScrollRow', () => {
  const row = (box: { scrollLeft: number; scrollWidth: number; clientWidth: number }) => {
    const element = document.createElement('nav');
    Object.defineProperty(element, 'scrollWidth', { get: () => box.scrollWidth });
    Object.defineProperty(element, 'clientWidth', { get: () => box.clientWidth });
    element.scrollLeft = box.scrollLeft;
    return element;
  };

  it('without a ResizeObserver, marks the row at once and again on every scroll, and stops when told', () => {
    const element = row({ scrollLeft: 0, scrollWidth: 700, clientWidth: 390 });
    const stop = watchScrollRow(element);
    expect([element.hasAttribute('data-more-before'), element.hasAttribute('data-more-after')]).toEqual([false, true]);
    element.scrollLeft = 310;
    element.dispatchEvent(new Event('scroll'));
    expect([element.hasAttribute('data-more-before'), element.hasAttribute('data-more-after')]).toEqual([true, false]);
    stop();
    element.scrollLeft = 0;
    element.dispatchEvent(new Event('scroll'));
    expect(element.hasAttribute('data-more-after')).toBe(false);
  });

  it('with a ResizeObserver, reads the row only when the observer reports (no layout forced at mount)', () => {
    let reads = 0;
    const element = document.createElement('nav');
    Object.defineProperty(element, 'scrollWidth', { get: () => ((reads += 1), 700) });
    Object.defineProperty(element, 'clientWidth', { get: () => 390 });
    const reports: Array<() => void> = [];
    const observed: Element[] = [];
    class FakeResizeObserver {
      constructor(callback: () => void) {
        reports.push(callback);
      }
      observe(target: Element) {
        observed.push(target);
      }
      disconnect() {}
    }
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    try {
      element.append(document.createElement('button'));
      const stop = watchScrollRow(element);
      expect(reads).toBe(0);
      expect(observed).toEqual([element, element.firstElementChild]);
      reports[0]!();
      expect([element.hasAttribute('data-more-before'), element.hasAttribute('data-more-after')]).toEqual([false, true]);
      stop();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('scrolls an item that takes the focus fully into view', () => {
    const element = row({ scrollLeft: 0, scrollWidth: 700, clientWidth: 390 });
    const button = document.createElement('button');
    element.append(button);
    const calls: unknown[] = [];
    button.scrollIntoView = (options?: unknown) => void calls.push(options);
    const stop = watchScrollRow(element);
    button.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(calls).toEqual([{ block: 'nearest', inline: 'nearest' }]);
    stop();
    button.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(calls).toHaveLength(1);
  });
});
