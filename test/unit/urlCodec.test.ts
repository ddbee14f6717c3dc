import { describe, expect, it } from 'vitest';
import { parseHash, serializeHash } from '../../src/state/urlCodec';

describe('URL codec', () => {
  it('round-trips a view and a selected site', () => {
    const state = { view: { zoom: 11.25, center: [6.85051, 52.24049] as [number, number] }, selection: { kind: 'site' as const, id: 'kennispark-twente' } };
    const hash = serializeHash(state);
    expect(hash).toBe('#map=11.25/52.24049/6.85051&site=kennispark-twente');
    expect(parseHash(hash)).toEqual(state);
  });

  it('rounds to a short, stable hash', () => {
    expect(serializeHash({ view: { zoom: 10.123456, center: [6.123456789, 52.987654321] } })).toBe('#map=10.12/52.98765/6.12346');
  });

  it('writes nothing for an empty state', () => {
    expect(serializeHash({})).toBe('');
  });

  it.each([
    ['', {}],
    ['#', {}],
    ['#map=abc', {}],
    ['#map=11/52.2', {}],
    ['#map=11/52.2/6.8/9', {}],
    ['#map=99/52.2/6.8', {}],
    ['#map=11/95/6.8', {}],
    ['#map=11/52.2/200', {}],
    ['#map=1e3/52/6', {}],
    ['#map=NaN/52/6', {}],
    ['#map=Infinity/52/6', {}],
    ['#site=<script>alert(1)</script>', {}],
    ['#site=Kennispark Twente', {}],
    ['#site=' + 'a'.repeat(200), {}],
    ['#site=%E0%A4%A', {}],
    ['#%%%', {}],
    ['#' + 'x'.repeat(5000), {}],
  ])('ignores garbage %j', (hash, expected) => {
    expect(parseHash(hash)).toEqual(expected);
  });

  it('keeps the valid part of a half-broken hash', () => {
    expect(parseHash('#map=garbage&site=xl-businesspark')).toEqual({ selection: { kind: 'site', id: 'xl-businesspark' } });
    expect(parseHash('#map=9/52.3/6.7&site=../../etc')).toEqual({ view: { zoom: 9, center: [6.7, 52.3] } });
  });

  it('accepts a hash without the leading #', () => {
    expect(parseHash('site=xl-businesspark')).toEqual({ selection: { kind: 'site', id: 'xl-businesspark' } });
  });
});

describe('URL codec: links, layers and basemap', () => {
  it('round-trips a link selection, hidden layers and a basemap', () => {
    const state = {
      selection: { kind: 'link' as const, id: 'maas-kennispark-htsp' },
      hidden: { kinds: ['facility' as const], modes: ['drone' as const, 'rail' as const] },
      basemap: 'offline' as const,
    };
    const hash = serializeHash(state);
    expect(hash).toBe('#link=maas-kennispark-htsp&hide=facility,drone,rail&bm=offline');
    expect(parseHash(hash)).toEqual({ ...state, hidden: { kinds: ['facility'], modes: ['rail', 'drone'] } });
  });

  it('drops unknown layer names and basemaps', () => {
    expect(parseHash('#hide=volcano,<b>&bm=google')).toEqual({});
    expect(parseHash('#hide=volcano,quay')).toEqual({ hidden: { kinds: ['quay'], modes: [] } });
  });

  it('prefers a site over a link when a hand-made URL names both', () => {
    expect(parseHash('#site=xl-businesspark&link=maas-kennispark-htsp').selection).toEqual({ kind: 'site', id: 'xl-businesspark' });
  });
});

describe('URL codec: panels, comparison and filters', () => {
  it('round-trips a project selection, the compare panel and filters', () => {
    const state = {
      selection: { kind: 'project' as const, id: 'leonardo' },
      panel: 'compare' as const,
      compare: ['kennispark-twente', 'xl-businesspark'],
      constraints: { regions: ['twente' as const], funders: ['national' as const, 'private' as const], partnerTypes: [], themes: ['arbeidsmarkt-talent' as const] },
    };
    const hash = serializeHash(state);
    expect(hash).toBe('#project=leonardo&panel=compare&cmp=kennispark-twente,xl-businesspark&f=region:twente,funder:national,funder:private,theme:arbeidsmarkt-talent');
    expect(parseHash(hash)).toEqual({ ...state, constraints: { ...state.constraints, funders: ['private', 'national'] } });
  });

  it('drops unknown filter words, values and panels, and caps the comparison at four', () => {
    expect(parseHash('#f=region:mars,colour:red,funder:&panel=admin')).toEqual({});
    expect(parseHash('#cmp=a,b,c,d,e,a,<x>').compare).toEqual(['a', 'b', 'c', 'd']);
    expect(parseHash('#partner=thales').selection).toEqual({ kind: 'partner', id: 'thales' });
  });
});
