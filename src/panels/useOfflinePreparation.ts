// "Prepare offline" as a reader sees it: fetching with a progress bar, then a check of what the browser's
// caches really hold, and only then "ready" — or what is missing, with a retry.
import { useCallback, useState } from 'react';
import { notKept, prefetch, shortfallOf, whenWorkerServes, type OfflineShortfall } from '../offline/prepare';

export type OfflinePreparation =
  | { phase: 'waiting' }
  | { phase: 'fetching'; done: number; total: number }
  | { phase: 'checking'; total: number }
  | { phase: 'done'; total: number; shortfall: OfflineShortfall | null }
  | { phase: 'no-worker' };

export function useOfflinePreparation() {
  const [state, setState] = useState<OfflinePreparation | null>(null);
  const prepare = useCallback(async (urls: readonly string[]) => {
    setState({ phase: 'waiting' });
    if (!(await whenWorkerServes())) return setState({ phase: 'no-worker' });
    setState({ phase: 'fetching', done: 0, total: urls.length });
    await prefetch(urls, (p) => setState({ phase: 'fetching', done: p.done, total: p.total }));
    setState({ phase: 'checking', total: urls.length });
    setState({ phase: 'done', total: urls.length, shortfall: shortfallOf(await notKept(urls)) });
  }, []);
  const busy = state !== null && state.phase !== 'done' && state.phase !== 'no-worker';
  return { state, prepare, busy, dismiss: useCallback(() => setState(null), []) };
}
