// The URL hash is the shareable form of the view: `#map=zoom/lat/lon&site=id`.
// Parsing never throws; anything malformed or out of range is dropped, the rest is kept.

export interface UrlState {
  view?: { zoom: number; center: [number, number] };
  siteId?: string;
}

const SITE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 80;
const NUMBER = /^-?\d{1,3}(\.\d{1,8})?$/;

function parseNumber(text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined || !NUMBER.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

function parseView(text: string | null): UrlState['view'] {
  if (!text) return undefined;
  const parts = text.split('/');
  if (parts.length !== 3) return undefined;
  const zoom = parseNumber(parts[0], 0, 22);
  const lat = parseNumber(parts[1], -85, 85);
  const lon = parseNumber(parts[2], -180, 180);
  if (zoom === undefined || lat === undefined || lon === undefined) return undefined;
  return { zoom, center: [lon, lat] };
}

function safeParams(hash: string): URLSearchParams {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return new URLSearchParams(body);
  } catch {
    return new URLSearchParams();
  }
}

export function parseHash(hash: string): UrlState {
  if (hash.length > 2000) return {};
  const params = safeParams(hash);
  const state: UrlState = {};
  const view = parseView(params.get('map'));
  if (view) state.view = view;
  const site = params.get('site');
  if (site && site.length <= MAX_ID_LENGTH && SITE_ID.test(site)) state.siteId = site;
  return state;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function serializeHash(state: UrlState): string {
  const parts: string[] = [];
  if (state.view) {
    const { zoom, center } = state.view;
    parts.push(`map=${round(zoom, 2)}/${round(center[1], 5)}/${round(center[0], 5)}`);
  }
  if (state.siteId) parts.push(`site=${encodeURIComponent(state.siteId)}`);
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
