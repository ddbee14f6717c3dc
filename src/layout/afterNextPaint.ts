// Work that must not hold a frame back (focus, a highlight, a slide of the map) waits until the next frame has
// been painted: a task queued from the frame's animation callback runs once its style, layout and paint are done.
/** Runs `callback` after the next paint; returns what cancels it. */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
