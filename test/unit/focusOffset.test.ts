import { describe, expect, it } from 'vitest';
import { focusOffset, freeArea } from '../../src/map/focusOffset';

describe('focusOffset', () => {
  it('shifts left by half the panel on a desktop', () => {
    expect(focusOffset({ width: 1280, height: 800 }, 400)).toEqual([-200, 0]);
  });
  it('follows a resized panel but never shifts by more than a quarter of the map', () => {
    expect(focusOffset({ width: 1280, height: 800 }, 600)).toEqual([-300, 0]);
    expect(focusOffset({ width: 720, height: 800 }, 600)).toEqual([-180, 0]);
  });
  it('shifts up by half the bottom sheet on a phone', () => {
    expect(focusOffset({ width: 390, height: 844 }, 400)).toEqual([0, -190]);
  });
});

describe('freeArea', () => {
  it('is the map left of the panel on a desktop (without a cap given, the panel covers at most half the map)', () => {
    expect(freeArea({ width: 1008, height: 751 }, 400)).toEqual({ width: 608, height: 751 });
    expect(freeArea({ width: 720, height: 800 }, 600)).toEqual({ width: 360, height: 800 });
  });
  it('is the map above the bottom sheet on a phone', () => {
    expect(freeArea({ width: 390, height: 762 }, 400)).toEqual({ width: 390, height: 419 });
  });
  it('follows the page’s cap on a side panel: half the main area, sidebar included', () => {
    expect(freeArea({ width: 1008, height: 751, panelMax: 640 }, 800)).toEqual({ width: 368, height: 751 });
    expect(focusOffset({ width: 1008, height: 751, panelMax: 640 }, 800)).toEqual([-320, 0]);
    expect(freeArea({ width: 1008, height: 751, panelMax: 640 }, 400)).toEqual({ width: 608, height: 751 });
  });
});
