// The insets reach the page as CSS custom properties, from the store, as panels open, fold and close.
import { describe, expect, it } from 'vitest';
import { bindOverlayInsets } from '../../src/layout/overlayInsets';
import { regionViewFor, TWENTE_REGION } from '../../src/state/regionViews';
import { createAtlasStore } from '../../src/state/store';

const insetsOf = (element: HTMLElement) =>
  ['--overlay-top-right', '--overlay-bottom-right', '--overlay-bottom'].map((name) => element.style.getPropertyValue(name)).join(' ');

function setUp(width: number, height: number) {
  const area = { width, height };
  const store = createAtlasStore({ siteIds: ['kennispark'], initialView: regionViewFor(TWENTE_REGION, area), initialMapArea: area, tours: new Map([['twente', 3]]) });
  const element = document.createElement('main');
  return { store, element, stop: bindOverlayInsets(store, element) };
}

describe('bindOverlayInsets', () => {
  it('follows a desktop panel as it opens, folds, is resized and closes', () => {
    const { store, element } = setUp(1280, 800);
    expect(insetsOf(element)).toBe('0px 0px 0px');
    store.getState().select({ kind: 'site', id: 'kennispark' });
    expect(insetsOf(element)).toBe(`${store.getState().panelWidth}px ${store.getState().panelWidth}px 0px`);
    store.getState().setPanelCollapsed(true);
    expect(insetsOf(element)).toBe(`${store.getState().panelWidth}px 0px 0px`);
    store.getState().setPanelCollapsed(false);
    store.getState().setPanelWidth(520);
    expect(insetsOf(element)).toBe('520px 520px 0px');
    store.getState().clearSelection();
    expect(insetsOf(element)).toBe('0px 0px 0px');
  });

  it('on a phone, lifts the foot above the sheet (as the map’s size changes), then above the tour’s card', () => {
    const { store, element } = setUp(390, 762);
    store.getState().select({ kind: 'site', id: 'kennispark' });
    expect(insetsOf(element)).toBe('0px 0px 343px');
    store.getState().setMapArea({ width: 390, height: 600 });
    expect(insetsOf(element)).toBe('0px 0px 270px');
    store.getState().startTour('twente');
    store.getState().setTourCard(410);
    expect(insetsOf(element)).toBe('0px 0px 410px');
    store.getState().endTour();
    expect(insetsOf(element)).toBe('0px 0px 270px');
  });

  it('stops following once stopped', () => {
    const { store, element, stop } = setUp(1280, 800);
    stop();
    store.getState().select({ kind: 'site', id: 'kennispark' });
    expect(insetsOf(element)).toBe('0px 0px 0px');
  });
});
