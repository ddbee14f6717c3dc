import { describe, expect, it } from 'vitest';
import { COMPACT_MAX_WIDTH, focusOffset, freeArea, layoutOf, overlayInsets, panIntoFree, SHEET_SHARE, TALL_SHEET_SHARE } from '../../src/map/focusOffset';
import { readText } from './fixtures';

describe('focusOffset', () => {
  it('shifts left by half the panel on a desktop', () => {
    expect(focusOffset({ width: 1280, height: 800 }, { panelWidth: 400 })).toEqual([-200, 0]);
  });
  it('follows a resized panel but never shifts by more than a quarter of the map', () => {
    expect(focusOffset({ width: 1280, height: 800 }, { panelWidth: 600 })).toEqual([-300, 0]);
    expect(focusOffset({ width: 1000, height: 800 }, { panelWidth: 600 })).toEqual([-250, 0]);
  });
  it('shifts up by half the bottom sheet on a phone', () => {
    expect(focusOffset({ width: 390, height: 844 }, { panelWidth: 400 })).toEqual([0, -190]);
  });
  it('does not shift without a panel or a card', () => {
    expect(focusOffset({ width: 1280, height: 800 }, { panelWidth: null })).toEqual([0, 0]);
    expect(focusOffset({ width: 390, height: 844 }, { panelWidth: null, tourCard: 0 })).toEqual([0, 0]);
  });
  it('shifts up by half the tour’s card, and left by half the panel beside it on a desktop', () => {
    expect(focusOffset({ width: 1280, height: 800 }, { panelWidth: null, tourCard: 330 })).toEqual([0, -165]);
    expect(focusOffset({ width: 1280, height: 800 }, { panelWidth: 400, tourCard: 330 })).toEqual([-200, -165]);
  });
  it('on a phone, shifts by the tour’s card, which takes the sheet’s place', () => {
    expect(focusOffset({ width: 390, height: 844 }, { panelWidth: 400, tourCard: 420 })).toEqual([0, -210]);
    expect(focusOffset({ width: 390, height: 844 }, { panelWidth: null, tourCard: 420 })).toEqual([0, -210]);
  });
});

describe('panIntoFree', () => {
  const desktop = { width: 1008, height: 751 };
  it('leaves a point the panel does not cover where it is', () => {
    expect(panIntoFree({ x: 600, y: 300 }, desktop, { panelWidth: 400 })).toEqual([0, 0]);
    expect(panIntoFree({ x: 900, y: 300 }, desktop, { panelWidth: null })).toEqual([0, 0]);
  });
  it('brings a point under the side panel out to its left, a margin in from its edge', () => {
    // Free part 608 px wide: the point comes to 608 - 64 = 544.
    expect(panIntoFree({ x: 618, y: 300 }, desktop, { panelWidth: 400 })).toEqual([74, 0]);
    expect(panIntoFree({ x: 1000, y: 300 }, desktop, { panelWidth: 400 }, 20)).toEqual([412, 0]);
  });
  it('brings a point under a phone’s sheet up above it, with less margin where the free part is low', () => {
    // 762 px map, sheet 45 %: free height 419, the point comes to 419 - 64 = 355.
    expect(panIntoFree({ x: 200, y: 600 }, { width: 390, height: 762 }, { panelWidth: 400 })).toEqual([0, 245]);
    // A 60 px map: 33 px free, so the point comes to its middle (16.5) instead of 64 px in.
    expect(panIntoFree({ x: 200, y: 100 }, { width: 390, height: 60, pageWidth: 390, pageHeight: 844 }, { panelWidth: 400 })).toEqual([0, 84]);
  });
});

describe('freeArea', () => {
  it('is the map left of the panel on a desktop (without a cap given, the panel covers at most half the map)', () => {
    expect(freeArea({ width: 1008, height: 751 }, { panelWidth: 400 })).toEqual({ width: 608, height: 751 });
    expect(freeArea({ width: 1000, height: 800 }, { panelWidth: 600 })).toEqual({ width: 500, height: 800 });
  });
  it('is the map above the bottom sheet on a phone', () => {
    expect(freeArea({ width: 390, height: 762 }, { panelWidth: 400 })).toEqual({ width: 390, height: 419 });
  });
  it('follows the page’s cap on a side panel: half the main area, sidebar included', () => {
    expect(freeArea({ width: 1008, height: 751, pageWidth: 1280 }, { panelWidth: 800 })).toEqual({ width: 368, height: 751 });
    expect(focusOffset({ width: 1008, height: 751, pageWidth: 1280 }, { panelWidth: 800 })).toEqual([-320, 0]);
    expect(freeArea({ width: 1008, height: 751, pageWidth: 1280 }, { panelWidth: 400 })).toEqual({ width: 608, height: 751 });
  });
});

describe('the layout', () => {
  it('goes by the page’s width, not the map’s: a tablet upright has the sheet, though its map beside a sidebar would be narrow', () => {
    expect(layoutOf({ width: 496, height: 930, pageWidth: 768, pageHeight: 1024 })).toBe('sheet');
    expect(freeArea({ width: 768, height: 930, pageWidth: 768, pageHeight: 1024 }, { panelWidth: 400 })).toEqual({ width: 768, height: 511 });
    // A desktop window whose map is narrower than the compact layout's limit is still wide.
    expect(layoutOf({ width: 752, height: 700, pageWidth: 1024, pageHeight: 768 })).toBe('wide');
    expect(freeArea({ width: 752, height: 700, pageWidth: 1024, pageHeight: 768 }, { panelWidth: 400 })).toEqual({ width: 352, height: 700 });
  });
  it('stands the panel and the card in a column on the right when a compact page is on its side (a phone turned)', () => {
    const turned = { width: 844, height: 308, pageWidth: 844, pageHeight: 390 };
    expect(layoutOf(turned)).toBe('column');
    expect(freeArea(turned, { panelWidth: 400 })).toEqual({ width: 444, height: 308 });
    expect(focusOffset(turned, { panelWidth: 400 })).toEqual([-200, 0]);
    // The card takes the panel's place there and reaches in from the right edge.
    expect(freeArea(turned, { panelWidth: 400, tourCard: 392 })).toEqual({ width: 452, height: 308 });
    expect(overlayInsets(turned, { panelWidth: null, tourCard: 392 })).toEqual({ topRight: 392, bottomRight: 392, bottom: 0 });
    expect(overlayInsets(turned, { panelWidth: null }, 400)).toEqual({ topRight: 400, bottomRight: 0, bottom: 0 });
    // Square is upright, as CSS's orientation has it.
    expect(layoutOf({ width: 600, height: 520, pageWidth: 600, pageHeight: 600 })).toBe('sheet');
  });
  it('is the same limit as app.css’s media queries', () => {
    const css = readText('src/app.css');
    const widths = [...css.matchAll(/@media \((max|min)-width: (\d+)px\)/g)].map(([, side, px]) => (side === 'max' ? Number(px) : Number(px) - 1));
    expect(widths.length).toBeGreaterThan(3);
    expect(new Set(widths)).toEqual(new Set([COMPACT_MAX_WIDTH]));
  });
});

describe('a phone’s sheet pulled up', () => {
  it('covers most of the map: a focus goes to the strip above it, the controls above it too', () => {
    const phone = { width: 390, height: 762 };
    expect(freeArea(phone, { panelWidth: 400, tallSheet: true })).toEqual({ width: 390, height: 762 - Math.round(762 * TALL_SHEET_SHARE) });
    expect(focusOffset(phone, { panelWidth: 400, tallSheet: true })).toEqual([0, -Math.round(Math.round(762 * TALL_SHEET_SHARE) / 2)]);
    expect(overlayInsets(phone, { panelWidth: 400, tallSheet: true }).bottom).toBe(Math.round(762 * TALL_SHEET_SHARE));
  });

  it('changes nothing where there is no sheet (a desktop, a phone on its side) or no panel', () => {
    expect(focusOffset({ width: 1008, height: 751, pageWidth: 1280 }, { panelWidth: 400, tallSheet: true })).toEqual([-200, 0]);
    expect(focusOffset({ width: 844, height: 310 }, { panelWidth: 400, tallSheet: true })).toEqual([-200, 0]);
    expect(focusOffset({ width: 390, height: 762 }, { panelWidth: null, tallSheet: true })).toEqual([0, 0]);
  });

  it('takes the heights app.css gives the sheet', () => {
    const css = readText('src/app.css');
    expect(css).toContain(`.side-panel { top: auto; left: 0; width: 100%; height: ${SHEET_SHARE * 100}%;`);
    expect(css).toContain(`.side-panel[data-tall='true']:not([data-collapsed='true']) { height: ${TALL_SHEET_SHARE * 100}%; }`);
  });
});

describe('overlayInsets', () => {
  it('keeps the controls beside an open panel on a desktop, at its top and at its foot (the tour’s card sits left, clear of them)', () => {
    expect(overlayInsets({ width: 1280, height: 800 }, { panelWidth: 400, tourCard: 330 })).toEqual({ topRight: 400, bottomRight: 400, bottom: 0 });
    expect(overlayInsets({ width: 1008, height: 751, pageWidth: 1280 }, { panelWidth: 800 })).toEqual({ topRight: 640, bottomRight: 640, bottom: 0 });
  });
  it('beside a folded panel only at the top, where its header stays', () => {
    expect(overlayInsets({ width: 1280, height: 800 }, { panelWidth: null }, 400)).toEqual({ topRight: 400, bottomRight: 0, bottom: 0 });
  });
  it('keeps nothing in without a panel', () => {
    expect(overlayInsets({ width: 1280, height: 800 }, { panelWidth: null, tourCard: 330 })).toEqual({ topRight: 0, bottomRight: 0, bottom: 0 });
  });
  it('on a phone, lifts the controls above the sheet or the tour’s card', () => {
    expect(overlayInsets({ width: 390, height: 762 }, { panelWidth: 400 })).toEqual({ topRight: 0, bottomRight: 0, bottom: 343 });
    expect(overlayInsets({ width: 390, height: 762 }, { panelWidth: 400, tourCard: 420 })).toEqual({ topRight: 0, bottomRight: 0, bottom: 420 });
    expect(overlayInsets({ width: 390, height: 762 }, { panelWidth: null }, 400)).toEqual({ topRight: 0, bottomRight: 0, bottom: 0 });
  });
});
