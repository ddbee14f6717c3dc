// When the build's markup of the interface goes live (hydrateInterface.ts): apart from React, so the start-up
// code can decide it without loading React's code (liveInterface.tsx is loaded only then).

/**
 * Calls `goLive` once: at the map's first idle (or its error), at the user's first press on the interface
 * (`firstPress`: heldInput.ts holds the press and replays it once live), or after `latestMs` at the latest.
 */
export function whenToGoLive(
  watchMap: (listener: (ready: boolean) => void) => () => void,
  goLive: () => void,
  { firstPress, latestMs = 2000, win = window }: { firstPress: (listener: () => void) => () => void; latestMs?: number; win?: Window },
): () => void {
  let done = false;
  const stops: Array<() => void> = [];
  const go = () => {
    if (done) return;
    done = true;
    for (const stop of stops) stop();
    goLive();
  };
  const timer = win.setTimeout(go, latestMs);
  stops.push(() => win.clearTimeout(timer));
  stops.push(firstPress(go));
  // A press that came before (the data, so this call) has made it live already: nothing left to watch.
  if (!done) stops.push(watchMap((ready) => ready && queueMicrotask(go)));
  return () => {
    done = true;
    for (const stop of stops) stop();
  };
}
