// Idle warm-up: the look-ups and each park's derived views are worked out before any click asks for them,
// a little per idle period, and a stopped warm-up does nothing more.
import { describe, expect, it } from 'vitest';
import { childSites, partnersForSite, siteViewWarmUps } from '../../src/data/derive';
import { warmUpWhenIdle, type IdleScheduler } from '../../src/data/warmUp';
import { loadAtlas } from './fixtures';

function manualScheduler(timeRemaining: () => number) {
  const queue: Array<Parameters<IdleScheduler>[0]> = [];
  const schedule: IdleScheduler = (callback) => void queue.push(callback);
  const runOne = () => queue.shift()?.({ timeRemaining });
  return { schedule, runOne, pending: () => queue.length };
}

describe('warm-up when idle', () => {
  it('has one step per site with facilities, each leaving that site’s partners worked out', () => {
    const data = loadAtlas();
    const steps = siteViewWarmUps(data);
    const parks = data.sites.features.filter((f) => childSites(data, f.properties.id).length > 0);
    expect(parks.length).toBeGreaterThan(1);
    expect(steps).toHaveLength(parks.length);
    for (const step of steps) step();
    // Worked out already: the same object comes back.
    for (const park of parks) expect(partnersForSite(data, park.properties.id)).toBe(partnersForSite(data, park.properties.id));
  });

  it('does nothing before the first idle period, and one step per period when little time is left', () => {
    const data = loadAtlas();
    const idle = manualScheduler(() => 0);
    warmUpWhenIdle(data, [], idle.schedule);
    expect(idle.pending()).toBe(1);
    const steps = siteViewWarmUps(data).length;
    let periods = 0;
    while (idle.pending() > 0) {
      idle.runOne();
      periods += 1;
    }
    // The look-ups take a period of their own, then one period per park.
    expect(periods).toBe(1 + steps);
  });

  it('fits several steps into a long idle period', () => {
    const idle = manualScheduler(() => 50);
    warmUpWhenIdle(loadAtlas(), [], idle.schedule);
    idle.runOne();
    idle.runOne();
    expect(idle.pending()).toBe(0);
  });

  it('runs the interface’s own steps last, once the data’s are done', () => {
    const data = loadAtlas();
    const idle = manualScheduler(() => 0);
    const order: string[] = [];
    warmUpWhenIdle(data, [() => order.push('panel')], idle.schedule);
    const dataSteps = siteViewWarmUps(data).length;
    for (let period = 0; period <= dataSteps; period += 1) idle.runOne();
    expect(order).toEqual([]);
    idle.runOne();
    expect(order).toEqual(['panel']);
    expect(idle.pending()).toBe(0);
  });

  it('stops when told', () => {
    const idle = manualScheduler(() => 0);
    const stop = warmUpWhenIdle(loadAtlas(), [], idle.schedule);
    idle.runOne();
    stop();
    idle.runOne();
    expect(idle.pending()).toBe(0);
  });
});
