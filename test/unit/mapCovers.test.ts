// @vitest-environment jsdom
// What covers the map, measured from the boxes the page lays out: the side of each cover decides the padding.
import { describe, expect, it } from 'vitest';
import { roomOf } from '../../src/layout/mapCovers';
import { bindOverlayInsets } from '../../src/layout/overlayInsets';
import { createAtlasStore } from '../../src/state/store';

const box = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height });
// A desktop's map beside the sidebar, below the header; a phone's below its header.
const desktop = box(272, 49, 1008, 751);
const phone = box(0, 82, 390, 762);

describe('roomOf', () => {
  it('is the map’s size with nothing over it', () => {
    expect(roomOf(desktop, [])).toEqual({ width: 1008, height: 751, right: 0, bottom: 0, topRight: 0 });
  });

  it('takes a desktop panel as padding on the right', () => {
    expect(roomOf(desktop, [box(880, 49, 400, 751)])).toMatchObject({ right: 400, bottom: 0, topRight: 400 });
  });

  it('keeps only the top right clear of a folded panel’s header', () => {
    expect(roomOf(desktop, [box(880, 49, 400, 56)])).toMatchObject({ right: 0, bottom: 0, topRight: 400 });
  });

  it('takes a phone’s sheet, and the sheet pulled up, as padding at the foot', () => {
    expect(roomOf(phone, [box(0, 501, 390, 343)])).toMatchObject({ right: 0, bottom: 343 });
    expect(roomOf(phone, [box(0, 196, 390, 648)])).toMatchObject({ right: 0, bottom: 648 });
  });

  it('takes the tour’s card at the foot, with its gap, from its top down; in a column on the right, from its left edge', () => {
    expect(roomOf(box(0, 0, 1280, 800), [box(19, 560, 640, 202)])).toMatchObject({ right: 0, bottom: 240 });
    expect(roomOf(box(0, 0, 844, 390), [box(420, 8, 416, 374)])).toMatchObject({ right: 424, bottom: 0 });
  });

  it('ignores what lies outside the map or has no size (a panel hidden while presenting)', () => {
    expect(roomOf(desktop, [box(0, 49, 272, 751), box(1280, 49, 0, 0)])).toMatchObject({ right: 0, bottom: 0, topRight: 0 });
  });
});

describe('bindOverlayInsets', () => {
  it('writes what covers the map to the custom properties app.css keeps the controls clear with', () => {
    const store = createAtlasStore({ siteIds: [] });
    const element = document.createElement('main');
    const stop = bindOverlayInsets(store, element);
    const insets = () => ['--overlay-top-right', '--overlay-bottom-right', '--overlay-bottom'].map((name) => element.style.getPropertyValue(name)).join(' ');
    expect(insets()).toBe('0px 0px 0px');
    store.getState().setMapRoom({ width: 1008, height: 751, right: 400, bottom: 0, topRight: 400 });
    expect(insets()).toBe('400px 400px 0px');
    store.getState().setMapRoom({ width: 390, height: 762, right: 0, bottom: 343, topRight: 0 });
    expect(insets()).toBe('0px 0px 343px');
    stop();
  });
});
