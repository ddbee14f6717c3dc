// Search over sites, partners and projects: accent- and case-insensitive, prefix matches first.
import type { AtlasData } from './atlasData';

export type SearchKind = 'site' | 'partner' | 'project';

export interface SearchEntry {
  kind: SearchKind;
  id: string;
  label: string;
  detail: string;
  terms: string[];
}

export const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function buildSearchIndex(data: AtlasData, lang: 'nl' | 'en'): SearchEntry[] {
  const sites: SearchEntry[] = data.sites.features.map(({ properties: p }) => ({
    kind: 'site',
    id: p.id,
    label: p.name[lang],
    detail: p.municipality,
    terms: [p.name.nl, p.name.en, p.municipality, ...p.sectors.flatMap((sector) => [sector.nl, sector.en])].map(normalise),
  }));
  const partners: SearchEntry[] = data.partners.map((p) => ({
    kind: 'partner',
    id: p.id,
    label: p.name,
    detail: p.type,
    terms: [p.name, ...(p.aliases ?? [])].map(normalise),
  }));
  const projects: SearchEntry[] = data.projects.projects.map((p) => ({
    kind: 'project',
    id: p.id,
    label: p.name[lang],
    detail: p.programme,
    terms: [p.name.nl, p.name.en].map(normalise),
  }));
  return [...sites, ...partners, ...projects];
}

/** Score: 3 whole-term prefix, 2 word prefix, 1 substring; ties keep sites, then partners, then projects. */
function score(entry: SearchEntry, query: string): number {
  let best = 0;
  for (const term of entry.terms) {
    if (term.startsWith(query)) return 3;
    if (term.split(' ').some((word) => word.startsWith(query))) best = Math.max(best, 2);
    else if (term.includes(query)) best = Math.max(best, 1);
  }
  return best;
}

export function search(index: readonly SearchEntry[], query: string, limit = 12): SearchEntry[] {
  const q = normalise(query);
  if (q.length === 0) return [];
  return index
    .map((entry, order) => ({ entry, order, score: score(entry, q) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((r) => r.entry);
}
