// The sites as a graph: nodes are sites, edges are links that join two sites, by mode.
import type { LinkFeature } from '../data/schema';

export interface Edge {
  id: string;
  from: string;
  to: string;
  mode: string;
}

/** The links that join two named sites, as graph edges (links with a loose end are not part of the graph). */
export function edgesOf(links: readonly LinkFeature[]): Edge[] {
  return links
    .filter((l) => l.properties.fromSiteId && l.properties.toSiteId)
    .map((l) => ({ id: l.properties.id, from: l.properties.fromSiteId!, to: l.properties.toSiteId!, mode: l.properties.mode }));
}

export function degrees(nodes: readonly string[], edges: readonly Edge[]): Map<string, number> {
  const degree = new Map(nodes.map((n) => [n, 0]));
  for (const e of edges) {
    if (degree.has(e.from)) degree.set(e.from, degree.get(e.from)! + 1);
    if (degree.has(e.to)) degree.set(e.to, degree.get(e.to)! + 1);
  }
  return degree;
}

/** Connected components (union–find), largest first; isolated nodes are components of one. */
export function components(nodes: readonly string[], edges: readonly Edge[]): string[][] {
  const parent = new Map(nodes.map((n) => [n, n]));
  const find = (n: string): string => {
    let root = n;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(n, root);
    return root;
  };
  for (const e of edges) {
    if (!parent.has(e.from) || !parent.has(e.to)) continue;
    parent.set(find(e.from), find(e.to));
  }
  const groups = new Map<string, string[]>();
  for (const n of nodes) groups.set(find(n), [...(groups.get(find(n)) ?? []), n]);
  return [...groups.values()].sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}
