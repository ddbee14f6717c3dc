import { useMemo, useState } from 'react';
import type { PlannerMode } from '../../analysis/assumptions';
import { useT, useI18n } from '../../i18n/useT';
import { connectionMatrix } from '../../analysis/connections';
import { formatNumber } from '../../format/money';
import { CsvButton } from '../common/CsvButton';
import { Assumptions, ModeSelect } from './controls';
import { TableScroll } from '../common/TableScroll';
import { TWENTE_TOP_LOCATIONS } from '../../data/vocabulary';
import { LegBadge } from './LegBadge';
import type { PlannerTabProps } from './tabProps';
import { legMethod } from './legText';
import { NetworkStatus } from './NetworkStatus';

type Props = PlannerTabProps;

export function ConnectionsTab({ places, links, networks, linkName }: Props) {
  const { lang } = useI18n();
  const t = useT();
  const nets = networks.status === 'ready' ? networks.networks : undefined;
  const [chosen, setChosen] = useState<string[]>(TWENTE_TOP_LOCATIONS.filter((id) => places.some((p) => p.id === id)));
  const [mode, setMode] = useState<PlannerMode>('car');
  const selected = useMemo(() => places.filter((p) => chosen.includes(p.id)), [places, chosen]);
  const matrix = useMemo(() => connectionMatrix(selected, mode, links, nets), [selected, mode, links, nets]);
  const toggle = (id: string) => setChosen((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));

  return (
    <div>
      <ModeSelect mode={mode} onChange={setMode} />
      <details className="picker">
        <summary>{t.planner.sitesInMatrix(selected.length)}</summary>
        <ul className="plain-list compact picker__list">
          {places.map((p) => (
            <li key={p.id}>
              <label>
                <input type="checkbox" checked={chosen.includes(p.id)} onChange={() => toggle(p.id)} /> {p.name}
              </label>
            </li>
          ))}
        </ul>
      </details>
      {selected.length < 2 ? (
        <p className="empty-state">{t.planner.chooseTwo}</p>
      ) : (
        <TableScroll>
          <table className="data-table matrix" data-testid="matrix">
            <caption>{t.planner.matrixCaption(t.planner.modes[mode])}</caption>
            <thead>
              <tr>
                <th scope="col">{t.planner.fromTo}</th>
                {selected.map((p) => (
                  <th scope="col" key={p.id}>
                    {p.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {selected.map((a, i) => (
                <tr key={a.id}>
                  <th scope="row">{a.name}</th>
                  {selected.map((b, j) => {
                    const l = matrix[i]![j]!;
                    return (
                      <td key={b.id} className="num">
                        {i === j ? (
                          '–'
                        ) : (
                          <>
                            {formatNumber(l.routeKm, lang, 1)} km · {t.planner.minutes(Math.round(l.minutes))}
                            <br />
                            <small className="muted">({formatNumber(l.straightKm, lang, 1)} km)</small> <LegBadge leg={l} mode={mode} linkName={linkName} />
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <NetworkStatus state={networks} />
      <Assumptions />
      {selected.length >= 2 && (
        <CsvButton
          filename={`connections-${mode}.csv`}
          header={['from', 'to', 'mode', 'straight_km', 'route_km', 'minutes', 'basis', 'method']}
          rows={() =>
            selected.flatMap((a, i) =>
              selected.flatMap((b, j) => {
                const l = matrix[i]![j]!;
                return i === j ? [] : [[a.name, b.name, mode, Number(l.straightKm.toFixed(2)), Number(l.routeKm.toFixed(2)), Math.round(l.minutes), l.basis, legMethod(l, mode, t, lang, linkName)]];
              }),
            )
          }
        />
      )}
    </div>
  );
}
