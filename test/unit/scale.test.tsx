// @vitest-environment jsdom
// The derived views and panels with far more records than the atlas has (100,000 sites) (the bench's synthetic data):
// they stay correct, and a panel never builds thousands of items at once.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stressCollections } from '../../scripts/bench/stressData.mjs';
import { childSites, partnersForSite, siteFamily, siteFamilySet } from '../../src/data/derive';
import { SitePanel } from '../../src/panels/SitePanel';
import { storeForData } from '../../src/state/store';
import { StoreContext } from '../../src/state/useAtlas';
import { loadAtlas } from './fixtures';

const real = loadAtlas();
const grown = { ...real, ...stressCollections(real.sites, real.links, { sites: 100_000, links: 100 }) };

describe('derived views over 100,000 sites', () => {
  it('a park with thousands of facilities has each of them once in its family, quickly', () => {
    const children = childSites(grown, 'kennispark-twente');
    expect(children.length).toBeGreaterThan(1000);
    const started = performance.now();
    const family = siteFamily(grown, 'kennispark-twente');
    expect(performance.now() - started).toBeLessThan(250);
    expect(new Set(family).size).toBe(family.length);
    expect(family.length).toBe(1 + children.length);
  });

  it('works a family out once (a site panel asks for it several times per render)', () => {
    expect(siteFamilySet(grown, 'kennispark-twente')).toBe(siteFamilySet(grown, 'kennispark-twente'));
    // A copy for callers, so sorting it cannot disturb the kept one.
    siteFamily(grown, 'kennispark-twente').sort().reverse();
    expect([...siteFamilySet(grown, 'kennispark-twente')][0]).toBe('kennispark-twente');
  });

  it('works a park’s partners out once: a second panel for it asks for nothing new', () => {
    const first = partnersForSite(grown, 'high-tech-systems-park');
    const started = performance.now();
    expect(partnersForSite(grown, 'high-tech-systems-park')).toBe(first);
    expect(performance.now() - started).toBeLessThan(5);
  });

  it('names each partner of a park once, though thousands of facilities name them', () => {
    const entries = partnersForSite(grown, 'kennispark-twente').flatMap((g) => g.partners);
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries.map((p) => p.id)).size).toBe(entries.length);
  });
});

describe('site panel over 100,000 sites', () => {
  it('lists a park’s facilities a page at a time', () => {
    const site = grown.sites.features.find((f) => f.properties.id === 'kennispark-twente')!;
    const total = childSites(grown, 'kennispark-twente').length;
    const store = storeForData(grown);
    render(
      <StoreContext.Provider value={store}>
        <SitePanel site={site} data={grown} inCompare={false} compareFull={false} onToggleCompare={() => {}} onPrint={() => {}} onSelect={() => {}} onClose={() => {}} />
      </StoreContext.Provider>,
    );
    const section = screen.getByRole('heading', { name: /^Facilities/ }).closest('section')!;
    expect(within(section).getAllByRole('listitem')).toHaveLength(25);
    fireEvent.click(within(section).getByRole('button', { name: new RegExp(`Show 25 more \\(${(total - 25).toLocaleString('en-GB')} not shown\\)`) }));
    expect(within(section).getAllByRole('listitem')).toHaveLength(50);
  });
});
