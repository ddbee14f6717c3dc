// Reads a Chromium trace for the compositor's frames of one page load: headless Chromium with SwiftShader
// composites each frame in software and reads it back whole (`SwapBuffers`): their count and length show how
// much of the GPU process's time each page's frames take (the bottleneck on this machine).

const SWAP = 'SkiaOutputSurfaceImplOnGpu::SwapBuffers';

/**
 * The frames from the page's navigation until `readyAtMs` (the page's clock: milliseconds since navigation).
 * @param {Array<{ name: string; ph?: string; ts: number; dur?: number }>} events the trace's events (µs)
 * @param {number} readyAtMs
 * @returns {{ frames: number; ms: number; perFrame: number | null }}
 */
export function framesUntil(events, readyAtMs) {
  const starts = events.filter((e) => e.name === 'navigationStart').map((e) => e.ts);
  if (starts.length === 0) return { frames: 0, ms: 0, perFrame: null };
  const navigation = Math.min(...starts);
  const swaps = events.filter((e) => e.name === SWAP && e.ph === 'X' && e.ts > navigation && (e.ts - navigation) / 1000 < readyAtMs);
  const ms = swaps.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  return { frames: swaps.length, ms, perFrame: swaps.length > 0 ? ms / swaps.length : null };
}
