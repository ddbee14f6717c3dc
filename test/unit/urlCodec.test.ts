import { describe, expect, it } from 'vitest';
import { parseHash, readHash, serializeHash } from '../../src/state/urlCodec';

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

  it('round-trips the existing networks hidden in the legend, beside the plan’s rail links', () => {
    const hash = serializeHash({ hidden: { kinds: [], modes: ['rail'], networks: ['railways', 'waterways'] } });
    expect(hash).toBe('#hide=rail,railways,waterways');
    expect(parseHash(hash)).toEqual({ hidden: { kinds: [], modes: ['rail'], networks: ['railways', 'waterways'] } });
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

describe('URL codec: what a link held that was not read', () => {
  it('reports nothing for any hash the atlas writes itself', () => {
    const hash = serializeHash({
      view: { zoom: 11.25, center: [6.85051, 52.24049] },
      selection: { kind: 'project', id: 'leonardo' },
      hidden: { kinds: ['facility'], modes: ['drone'] },
      basemap: 'offline',
      panel: 'compare',
      compare: ['kennispark-twente', 'xl-businesspark'],
      constraints: { regions: ['twente'], funders: ['national'], partnerTypes: [], themes: [] },
      tour: { id: 'twente', step: 2 },
      lang: 'nl',
    });
    expect(readHash(hash).unread).toEqual([]);
    expect(readHash('').unread).toEqual([]);
    expect(readHash('#').unread).toEqual([]);
  });

  it('names each malformed, out-of-range or unknown part, and keeps the rest', () => {
    const { state, unread } = readHash('#map=banana/1/2&site=xl-businesspark&link=<b>&hide=quay,volcano&bm=google&panel=nope&cmp=a,B!,a&f=region:mars,funder:national&step=2&lang=fr&utm_source=mail');
    expect(state).toEqual({
      selection: { kind: 'site', id: 'xl-businesspark' },
      hidden: { kinds: ['quay'], modes: [] },
      compare: ['a'],
      constraints: expect.objectContaining({ funders: ['national'] }),
    });
    expect(unread).toEqual(['utm_source=mail', 'map=banana/1/2', 'link=<b>', 'hide=volcano', 'bm=google', 'panel=nope', 'cmp=B!', 'f=region:mars', 'step=2', 'lang=fr']);
  });

  it('counts a second selection and a repeated key as not read', () => {
    expect(readHash('#site=xl-businesspark&link=maas-kennispark-htsp').unread).toEqual(['link=maas-kennispark-htsp']);
    expect(readHash('#bm=none&bm=offline').unread).toEqual(['bm=offline']);
  });

  it('cuts a long part short and reports an over-long link as one part', () => {
    const [part] = readHash(`#site=${'a'.repeat(200)}`).unread;
    expect(part).toHaveLength(40);
    expect(part!.endsWith('…')).toBe(true);
    const long = readHash(`#site=${'x'.repeat(3000)}`);
    expect(long.state).toEqual({});
    expect(long.unread).toHaveLength(1);
  });

  it('reads a tour step only with a tour', () => {
    expect(readHash('#tour=twente&step=3')).toEqual({ state: { tour: { id: 'twente', step: 2 } }, unread: [] });
    expect(readHash('#tour=twente&step=0')).toEqual({ state: { tour: { id: 'twente', step: 0 } }, unread: ['step=0'] });
  });
});
