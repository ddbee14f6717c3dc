// @vitest-environment jsdom
// Work deferred past the next paint: not in the frame's own animation callback, but in a task queued from it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../src/layout/afterNextPaint';

describe('afterNextPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  function frames() {
    vi.useFakeTimers();
    const callbacks: Array<() => void> = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => callbacks.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (frame: number) => callbacks.splice(frame - 1, 1, () => undefined));
    return { paint: () => callbacks.splice(0).forEach((callback) => callback()) };
  }

  it('runs after the next frame, in a task of its own (so after that frame’s paint)', () => {
    const { paint } = frames();
    const done = vi.fn();
    afterNextPaint(done);
    vi.runAllTimers();
    expect(done).not.toHaveBeenCalled();
    paint();
    expect(done).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('does not run once cancelled, before or after the frame', () => {
    const { paint } = frames();
    const early = vi.fn();
    const late = vi.fn();
    afterNextPaint(early)();
    const cancelLate = afterNextPaint(late);
    paint();
    cancelLate();
    vi.runAllTimers();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
