import { describe, expect, it } from 'vitest';
import { focusOffset, freeArea } from '../../src/map/focusOffset';

describe('focusOffset', () => {
  it('shifts left by half the panel on a desktop', () => {
    expect(focusOffset(1280, 800, 400)).toEqual([-200, 0]);
  });
  it('follows a resized panel but never shifts by more than a quarter of the map', () => {
    expect(focusOffset(1280, 800, 600)).toEqual([-300, 0]);
    expect(focusOffset(720, 800, 600)).toEqual([-180, 0]);
  });
  it('shifts up by half the bottom sheet on a phone', () => {
    expect(focusOffset(390, 844, 400)).toEqual([0, -190]);
  });
});

describe('freeArea', () => {
  it('is the map left of the panel on a desktop, at least half the map', () => {
    expect(freeArea(1008, 751, 400)).toEqual({ width: 608, height: 751 });
    expect(freeArea(720, 800, 600)).toEqual({ width: 360, height: 800 });
  });
  it('is the map above the bottom sheet on a phone', () => {
    expect(freeArea(390, 762, 400)).toEqual({ width: 390, height: 419 });
  });
});
