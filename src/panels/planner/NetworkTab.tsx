import { useMemo } from 'react';
import { components, degrees, gaps, type Edge } from '../../analysis/network';
import { useT } from '../../i18n/useT';
import type { LinkMode } from '../../data/schema';

const GAP_MODES: LinkMode[] = ['maas', 'public-transport', 'bike', 'road', 'rail', 'autonomous-cargo', 'drone'];
const TOPS = ['kennispark-twente', 'high-tech-systems-park', 'technology-base-twente', 'xl-businesspark'];

export function NetworkTab({ names, edges }: { names: Map<string, string>; edges: Edge[] }) {
  const t = useT();
  const nodes = useMemo(() => [...new Set(edges.flatMap((e) => [e.from, e.to]))], [edges]);
  const degree = useMemo(() => degrees(nodes, edges), [nodes, edges]);
  const parts = useMemo(() => components(nodes, edges), [nodes, edges]);
  const name = (id: string) => names.get(id) ?? id;
  return (
    <div>
      <p>
        {t.planner.networkSummary(nodes.length, edges.length, parts.length)}
      </p>
      <table className="data-table" data-testid="degree-table">
        <caption>{t.planner.degreeCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.planner.site}</th>
            <th scope="col" className="num">
              {t.planner.links}
            </th>
            <th scope="col">{t.planner.modesColumn}</th>
          </tr>
        </thead>
        <tbody>
          {[...degree.entries()]
            .sort((a, b) => b[1] - a[1])
            .map(([id, d]) => (
              <tr key={id}>
                <th scope="row">{name(id)}</th>
                <td className="num">{d}</td>
                <td>{[...new Set(edges.filter((e) => e.from === id || e.to === id).map((e) => t.modes[e.mode as LinkMode] ?? e.mode))].join(', ')}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <h4>{t.planner.groups}</h4>
      <ol className="plain-list compact">
        {parts.map((group) => (
          <li key={group[0]}>{group.map(name).join(' · ')}</li>
        ))}
      </ol>
      <h4>{t.planner.gapsHeading}</h4>
      <ul className="plain-list compact" data-testid="gaps">
        {GAP_MODES.map((mode) => {
          const missing = gaps(TOPS, edges, mode);
          return (
            <li key={mode}>
              <strong>{t.modes[mode]}</strong>:{' '}
              {missing.length === 0 ? t.planner.everyPair : missing.length === 6 ? t.planner.noPair : missing.map(([a, b]) => `${name(a)} – ${name(b)}`).join('; ')}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
