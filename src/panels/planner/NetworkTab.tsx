import { useMemo } from 'react';
import { components, degrees, gaps, type Edge } from '../../analysis/network';
import { MODE_LABELS } from '../labels';
import type { LinkMode } from '../../data/schema';

const GAP_MODES: LinkMode[] = ['maas', 'public-transport', 'bike', 'road', 'rail', 'autonomous-cargo', 'drone'];
const TOPS = ['kennispark-twente', 'high-tech-systems-park', 'technology-base-twente', 'xl-businesspark'];

export function NetworkTab({ names, edges }: { names: Map<string, string>; edges: Edge[] }) {
  const nodes = useMemo(() => [...new Set(edges.flatMap((e) => [e.from, e.to]))], [edges]);
  const degree = useMemo(() => degrees(nodes, edges), [nodes, edges]);
  const parts = useMemo(() => components(nodes, edges), [nodes, edges]);
  const name = (id: string) => names.get(id) ?? id;
  return (
    <div>
      <p>
        {nodes.length} sites joined by {edges.length} links in {parts.length} connected {parts.length === 1 ? 'group' : 'groups'}.
      </p>
      <table className="data-table" data-testid="degree-table">
        <caption>Links per site (degree)</caption>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col" className="num">
              Links
            </th>
            <th scope="col">Modes</th>
          </tr>
        </thead>
        <tbody>
          {[...degree.entries()]
            .sort((a, b) => b[1] - a[1])
            .map(([id, d]) => (
              <tr key={id}>
                <th scope="row">{name(id)}</th>
                <td className="num">{d}</td>
                <td>{[...new Set(edges.filter((e) => e.from === id || e.to === id).map((e) => MODE_LABELS[e.mode as LinkMode] ?? e.mode))].join(', ')}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <h4>Groups</h4>
      <ol className="plain-list compact">
        {parts.map((group) => (
          <li key={group[0]}>{group.map(name).join(' · ')}</li>
        ))}
      </ol>
      <h4>Gaps between the four Twente top locations</h4>
      <ul className="plain-list compact" data-testid="gaps">
        {GAP_MODES.map((mode) => {
          const missing = gaps(TOPS, edges, mode);
          return (
            <li key={mode}>
              <strong>{MODE_LABELS[mode]}</strong>:{' '}
              {missing.length === 0 ? 'every pair linked' : missing.length === 6 ? 'no pair linked' : missing.map(([a, b]) => `${name(a)} – ${name(b)}`).join('; ')}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
