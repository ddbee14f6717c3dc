import { describe, expect, it } from 'vitest';
import { visibleCrop } from '../../src/export/png';

describe('the exported map’s crop', () => {
  it('is the part of the map the covers leave free, in device pixels', () => {
    expect(visibleCrop({ width: 1280, height: 800 }, 1, { width: 880, height: 430 })).toEqual({ width: 880, height: 430 });
    expect(visibleCrop({ width: 2560, height: 1600 }, 2, { width: 880, height: 430.4 })).toEqual({ width: 1760, height: 861 });
  });
  it('never reaches past the map, nor shrinks to nothing', () => {
    expect(visibleCrop({ width: 1280, height: 800 }, 1, { width: 5000, height: 900 })).toEqual({ width: 1280, height: 800 });
    expect(visibleCrop({ width: 1280, height: 800 }, 1, { width: 0, height: -20 })).toEqual({ width: 1, height: 1 });
  });
});
