// The bench's range for the first-idle ratio (scripts/bench/stats.mjs): a paired bootstrap of the ratio of medians.
import { describe, expect, it } from 'vitest';
import { ratioInterval } from '../../scripts/bench/stats.mjs';

/** Rounds that vary together (a slow spell slows both pages), with the app `factor` times the baseline. */
const rounds = (factor: number, spread: number, count = 30) => {
  const bare = Array.from({ length: count }, (_, i) => 800 + ((i * 37) % 11) * spread);
  return { bare, app: bare.map((ms, i) => ms * factor + ((i * 53) % 7) * spread) };
};

describe('ratioInterval', () => {
  it('is a single point when every round has the same ratio', () => {
    const bare = [700, 800, 900, 1000];
    const range = ratioInterval(bare.map((ms) => ms * 1.2), bare);
    expect(range.low).toBeCloseTo(1.2, 10);
    expect(range.high).toBeCloseTo(1.2, 10);
    expect(range.level).toBe(0.9);
  });

  it('holds the ratio of the medians, and is wider when the rounds spread more', () => {
    const calm = rounds(1.2, 5);
    const noisy = rounds(1.2, 40);
    const calmRange = ratioInterval(calm.app, calm.bare);
    const noisyRange = ratioInterval(noisy.app, noisy.bare);
    for (const [{ app, bare }, range] of [[calm, calmRange], [noisy, noisyRange]] as const) {
      const point = [...app].sort((a, b) => a - b)[14]! / [...bare].sort((a, b) => a - b)[14]!;
      expect(range.low).toBeLessThanOrEqual(point);
      expect(range.high).toBeGreaterThanOrEqual(point);
    }
    expect(noisyRange.high - noisyRange.low).toBeGreaterThan(calmRange.high - calmRange.low);
  });

  it('tells a clear miss from a goal that is met: the range lies above or below 1.15', () => {
    const miss = rounds(1.3, 10);
    const met = rounds(1.05, 10);
    expect(ratioInterval(miss.app, miss.bare).low).toBeGreaterThan(1.15);
    expect(ratioInterval(met.app, met.bare).high).toBeLessThan(1.15);
  });

  it('gives the same range for the same rounds (seeded), and another for another seed', () => {
    const { app, bare } = rounds(1.2, 40);
    expect(ratioInterval(app, bare)).toEqual(ratioInterval(app, bare));
    expect(ratioInterval(app, bare, { seed: 7 })).not.toEqual(ratioInterval(app, bare, { seed: 1 }));
  });

  it('refuses rounds that are not paired', () => {
    expect(() => ratioInterval([1, 2], [1])).toThrow(/paired rounds/);
    expect(() => ratioInterval([], [])).toThrow(/paired rounds/);
  });
});
