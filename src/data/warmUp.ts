// Work a first click would otherwise wait for, done while the browser has nothing else to do: the look-ups
// by id, then each park's derived views. One step per idle period at most, so input is never held up long.
import type { AtlasData } from './atlasData';
import { prepareLookups, siteViewWarmUps } from './derive';

export type IdleScheduler = (callback: (deadline: { timeRemaining(): number }) => void) => void;

const browserIdle: IdleScheduler = (callback) =>
  window.requestIdleCallback ? window.requestIdleCallback(callback) : setTimeout(() => callback({ timeRemaining: () => 0 }), 1);

/**
 * Runs the warm-up steps for `data` in idle periods, then `after` (the app's own idle work: a first panel, then
 * the service worker's registration, which must not compete with the first load); returns a
 * function that stops what is left.
 */
export function warmUpWhenIdle(data: AtlasData, after: Array<() => void> = [], schedule: IdleScheduler = browserIdle): () => void {
  let steps: Array<() => void> | null = null;
  let stopped = false;
  const next = (deadline: { timeRemaining(): number }) => {
    if (stopped) return;
    if (!steps) {
      // Marks for the bench: whether a click came before the warm-up had finished.
      performance.mark?.('atlas:warm-up-start');
      prepareLookups(data);
      steps = [...siteViewWarmUps(data), ...after];
    } else {
      // Steps are small; as many as fit in the idle period, and always one.
      do steps.shift()?.();
      while (steps.length > 0 && deadline.timeRemaining() > 10);
    }
    if (steps.length > 0) schedule(next);
    else performance.mark?.('atlas:warm-up-done');
  };
  schedule(next);
  return () => {
    stopped = true;
  };
}
