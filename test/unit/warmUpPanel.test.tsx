// The off-screen site panel rendered once when the browser is idle: it renders the panel of a park (the
// heaviest kind), leaves nothing in the page and changes nothing in the store.
import { describe, expect, it, vi } from 'vitest';
import * as sitePanelModule from '../../src/panels/SitePanel';
import { warmUpSitePanel } from '../../src/panels/warmUpPanel';
import { storeForData } from '../../src/state/store';
import { loadAtlas } from './fixtures';

vi.mock('../../src/panels/SitePanel', async (importOriginal) => {
  const original = await importOriginal<typeof sitePanelModule>();
  return { ...original, SitePanel: vi.fn(original.SitePanel) };
});

describe('site panel warm-up', () => {
  it('renders the panel of a site with facilities once, off the page, and leaves no trace', () => {
    const data = loadAtlas();
    const store = storeForData(data);
    const before = store.getState();
    const rendered = vi.mocked(sitePanelModule.SitePanel);
    rendered.mockClear();
    const bodyBefore = document.body.innerHTML;

    warmUpSitePanel(store, data);

    expect(rendered).toHaveBeenCalled();
    const site = rendered.mock.calls[0]![0].site;
    expect(data.sites.features.some((f) => f.properties.parentSiteId === site.properties.id)).toBe(true);
    expect(document.body.innerHTML).toBe(bodyBefore);
    expect(store.getState()).toBe(before);
  });

  it('lays the panel out inside the page, hidden from assistive technology, before removing it', () => {
    // The layout is the point: the browser looks up the fonts of the panel's text then, not on the first click.
    const data = loadAtlas();
    const store = storeForData(data);
    const reads: { className: string; connected: boolean; hasPanel: boolean; ariaHidden: string | null; inert: boolean }[] = [];
    const sizeRead = vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      reads.push({
        className: this.className,
        connected: this.isConnected,
        hasPanel: this.querySelector('.side-panel h2') !== null,
        ariaHidden: this.getAttribute('aria-hidden'),
        inert: this.inert,
      });
      return 0;
    });
    try {
      warmUpSitePanel(store, data);
    } finally {
      sizeRead.mockRestore();
    }
    expect(reads).toEqual([{ className: 'warm-up', connected: true, hasPanel: true, ariaHidden: 'true', inert: true }]);
    expect(document.querySelector('.warm-up')).toBeNull();
  });

  it('does nothing while the interface language’s texts are not loaded yet', () => {
    const data = loadAtlas();
    const store = storeForData(data, { initialLang: 'nl' });
    const rendered = vi.mocked(sitePanelModule.SitePanel);
    rendered.mockClear();
    warmUpSitePanel(store, data);
    expect(rendered).not.toHaveBeenCalled();
  });
});
