// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createAtlasStore } from '../../src/state/store';
import { fakeMap, loadAtlas } from './fixtures';
import { App } from '../../src/App';
import { DataErrorView } from '../../src/panels/DataErrorView';

function renderApp() {
  const data = loadAtlas();
  const sites = data.sites;
  const store = createAtlasStore({ siteIds: sites.features.map((f) => f.properties.id), linkIds: data.links.features.map((f) => f.properties.id) });
  // jsdom has no WebGL: a stand-in map owner.
  const map = fakeMap();
  render(<App store={store} data={data} map={map} />);
  return { store, sites, map };
}

describe('App', () => {
  it('puts the map on the page and shows its loading, ready and error states', () => {
    const { map } = renderApp();
    expect(screen.getByTestId('map').contains(map.mounted)).toBe(true);
    expect(screen.getByText('Loading the map…')).toBeTruthy();
    act(() => map.report({ state: 'ready' }));
    expect(screen.queryByText(/loading the map/i)).toBeNull();
    act(() => map.report({ state: 'error', message: 'WebGL is not available' }));
    expect(screen.getByRole('alert').textContent).toContain('WebGL is not available');
  });

  it('opens the side panel for a site picked from the list, and Escape closes it', () => {
    const { store } = renderApp();
    expect(screen.queryByTestId('side-panel')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'High Tech Systems Park' }));
    expect(store.getState().selection).toEqual({ kind: 'site', id: 'high-tech-systems-park' });
    expect(within(screen.getByTestId('side-panel')).getByRole('heading', { level: 2 }).textContent).toBe('High Tech Systems Park');
    expect(screen.getByTestId('side-panel').textContent).toContain('Hengelo');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByTestId('side-panel')).toBeNull();
    expect(store.getState().selection).toBeNull();
  });

  it('shows a selection made elsewhere (the map) and closes with the close button', () => {
    const { store } = renderApp();
    act(() => void store.getState().select({ kind: 'site', id: 'xl-businesspark' }));
    expect(within(screen.getByTestId('side-panel')).getByRole('heading', { level: 2 }).textContent).toBe('XL Businesspark Twente');
    fireEvent.click(screen.getByRole('button', { name: /close panel/i }));
    expect(store.getState().selection).toBeNull();
  });
});

describe('DataErrorView', () => {
  it('lists every problem as plain text', () => {
    render(<DataErrorView problems={['data/sites.geojson: record "x", field "name": <b>bad</b>']} />);
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('<b>bad</b>');
    expect(item.querySelector('b')).toBeNull();
  });
});

describe('PickList', async () => {
  const { PickList, PICK_PAGE } = await import('../../src/panels/common/PickList');
  it('shows a long group a page at a time and picks by id', () => {
    const items = Array.from({ length: 250 }, (_, i) => ({ id: `s${i}`, label: `Site ${i}` }));
    const onPick = vi.fn();
    render(<PickList id="x" label="Sites" empty="none" groups={[{ key: 'a', title: 'All', items }]} selectedId="s1" onPick={onPick} />);
    const list = screen.getByRole('navigation', { name: 'Sites' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(PICK_PAGE);
    expect(within(list).getByRole('button', { name: 'Site 1' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(list).getByRole('button', { name: /Show 100 more \(150 not shown\)/ }));
    fireEvent.click(within(list).getByRole('button', { name: /Show 50 more/ }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(250);
    expect(within(list).queryByRole('button', { name: /more/ })).toBeNull();
    fireEvent.click(within(list).getByRole('button', { name: 'Site 249' }));
    expect(onPick).toHaveBeenCalledWith('s249');
  });

  it('says so when nothing is left to list', () => {
    render(<PickList id="y" label="Links" empty="No link matches." groups={[]} selectedId={null} onPick={() => {}} />);
    expect(screen.getByText('No link matches.')).toBeTruthy();
  });
});
