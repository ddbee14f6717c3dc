// How sure a bench ratio is. One load's first idle varies by ±20 % here, so the ratio of two medians moves
// between runs of the same code; a bootstrap over the rounds says how far it could move (a range to print
// beside the figure, so a goal met or missed by chance shows as such).
import { median } from './measure.mjs';

/** A small seeded generator (mulberry32), so the same rounds always give the same range. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The range of median(app) / median(bare) that holds `level` of the bootstrap resamples. Rounds are resampled
 * as pairs (a round's app load with the baseline load that followed it), keeping what a slow spell shared.
 */
export function ratioInterval(app, bare, { level = 0.9, resamples = 2000, seed = 1 } = {}) {
  if (app.length === 0 || app.length !== bare.length) throw new Error(`ratioInterval needs paired rounds (got ${app.length} and ${bare.length})`);
  const random = seededRandom(seed);
  const ratios = [];
  for (let r = 0; r < resamples; r += 1) {
    const picks = app.map(() => Math.floor(random() * app.length));
    ratios.push(median(picks.map((i) => app[i])) / median(picks.map((i) => bare[i])));
  }
  ratios.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  const at = (q) => ratios[Math.min(ratios.length - 1, Math.max(0, Math.round(q * (ratios.length - 1))))];
  return { low: at(tail), high: at(1 - tail), level };
}
