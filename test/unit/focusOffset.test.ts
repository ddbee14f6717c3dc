import { describe, expect, it } from 'vitest';
import { focusOffset } from '../../src/map/focusOffset';

describe('focusOffset', () => {
  it('shifts left by half the panel on a desktop', () => {
    expect(focusOffset(1280, 800)).toEqual([-192, 0]);
  });
  it('never shifts by more than a quarter of a narrow desktop map', () => {
    expect(focusOffset(720, 800)).toEqual([-180, 0]);
  });
  it('shifts up by half the bottom sheet on a phone', () => {
    expect(focusOffset(390, 844)).toEqual([0, -190]);
  });
});
