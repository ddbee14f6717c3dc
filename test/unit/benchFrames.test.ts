// The bench's reading of a trace for the compositor's frames (scripts/bench/frames.mjs).
import { describe, expect, it } from 'vitest';
import { framesUntil } from '../../scripts/bench/frames.mjs';

const SWAP = 'SkiaOutputSurfaceImplOnGpu::SwapBuffers';
const at = (ms: number) => 5_000_000 + ms * 1000;

describe('framesUntil', () => {
  it('counts and times the frames between navigation and first idle only', () => {
    const events = [
      { name: SWAP, ph: 'X', ts: at(-10), dur: 9000 }, // the previous page's
      { name: 'navigationStart', ph: 'R', ts: at(0) },
      { name: SWAP, ph: 'X', ts: at(100), dur: 20_000 },
      { name: SWAP, ph: 'X', ts: at(400), dur: 40_000 },
      { name: SWAP, ph: 'B', ts: at(450) }, // not a complete event
      { name: 'RunTask', ph: 'X', ts: at(500), dur: 70_000 },
      { name: SWAP, ph: 'X', ts: at(900), dur: 30_000 }, // after first idle
    ];
    expect(framesUntil(events, 800)).toEqual({ frames: 2, ms: 60, perFrame: 30 });
  });

  it('measures from the first navigation when a trace holds a redirect too', () => {
    const events = [
      { name: 'navigationStart', ts: at(0) },
      { name: 'navigationStart', ts: at(50) },
      { name: SWAP, ph: 'X', ts: at(20), dur: 10_000 },
    ];
    expect(framesUntil(events, 100).frames).toBe(1);
  });

  it('says there is nothing to read in a trace without a navigation or without frames', () => {
    expect(framesUntil([{ name: SWAP, ph: 'X', ts: at(10), dur: 1000 }], 100)).toEqual({ frames: 0, ms: 0, perFrame: null });
    expect(framesUntil([{ name: 'navigationStart', ts: at(0) }], 100)).toEqual({ frames: 0, ms: 0, perFrame: null });
  });
});
