import type { AtlasData } from '../data/atlasData';
import { distanceKm, partnersForSite, siteById, siteFunding } from '../data/derive';
import { FUNDER_KEYS } from '../data/vocabulary';
import { formatKm } from '../format/money';
import { compareMinWidth } from '../state/panelSlice';
import type { Selection } from '../state/selectionSlice';
import { CsvButton } from './common/CsvButton';
import { CompareConnections } from './CompareConnections';
import { Money } from './common/Money';
import { PanelShell } from './common/PanelShell';
import { useT, useI18n } from '../i18n/useT';
import { TableScroll } from './common/TableScroll';

interface Props {
  data: AtlasData;
  siteIds: string[];
  onRemove: (id: string) => void;
  onSelect: (selection: Selection) => void;
  onClose: () => void;
}

export function ComparePanel({ data, siteIds, onRemove, onSelect, onClose }: Props) {
  const { lang } = useI18n();
  const t = useT();
  const sites = siteIds.map((id) => siteById(data, id)).filter((s) => s !== undefined);
  const funding = new Map(sites.map((s) => [s.properties.id, siteFunding(data, s.properties.id)]));
  const partnerSets = new Map(sites.map((s) => [s.properties.id, new Set(partnersForSite(data, s.properties.id).flatMap((g) => g.partners.map((p) => p.id)))]));
  const sharedCount = (partnerId: string) => [...partnerSets.values()].filter((set) => set.has(partnerId)).length;
  const name = (id: string) => siteById(data, id)?.properties.name[lang] ?? id;

  return (
    <PanelShell kind="compare" title={t.compare.title} subtitle={t.compare.subtitle(sites.length)} onClose={onClose} minWidth={compareMinWidth(sites.length)}>
      {sites.length < 2 && <p className="empty-state">{t.compare.empty}</p>}
      {sites.length > 0 && (
        <>
          <TableScroll>
            <table className="data-table compare-table" data-testid="compare-table">
              <caption className="visually-hidden">{t.compare.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.compare.site}</th>
                  {sites.map((s) => (
                    <th scope="col" key={s.properties.id}>
                      <button type="button" className="link-button" onClick={() => onSelect({ kind: 'site', id: s.properties.id })}>
                        {s.properties.name[lang]}
                      </button>{' '}
                      <button type="button" className="icon-button icon-button--small" aria-label={t.compare.remove(s.properties.name[lang])} onClick={() => onRemove(s.properties.id)}>
                        ×
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t.compare.kind}</th>
                  {sites.map((s) => (
                    <td key={s.properties.id}>{t.kinds[s.properties.kind]}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t.compare.municipality}</th>
                  {sites.map((s) => (
                    <td key={s.properties.id}>{s.properties.municipality}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t.compare.budget}</th>
                  {sites.map((s) => (
                    <td key={s.properties.id} className="num">
                      <Money value={funding.get(s.properties.id)!.stated} />
                    </td>
                  ))}
                </tr>
                {FUNDER_KEYS.filter((k) => sites.some((s) => funding.get(s.properties.id)!.byFunder[k] > 0)).map((k) => (
                  <tr key={k}>
                    <th scope="row">{t.funders[k]}</th>
                    {sites.map((s) => (
                      <td key={s.properties.id} className="num">
                        <Money value={funding.get(s.properties.id)!.byFunder[k]} />
                      </td>
                    ))}
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t.compare.sectors}</th>
                  {sites.map((s) => (
                    <td key={s.properties.id}>{s.properties.sectors.map((sector) => sector[lang]).join(', ') || '–'}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t.compare.partners}</th>
                  {sites.map((s) => {
                    const ids = [...partnerSets.get(s.properties.id)!];
                    const shared = ids.filter((pid) => sharedCount(pid) > 1);
                    const own = ids.filter((pid) => sharedCount(pid) <= 1);
                    const partnerName = (pid: string) => data.partners.find((p) => p.id === pid)?.name;
                    return (
                      <td key={s.properties.id}>
                        {[
                          { id: 'shared', title: t.compare.shared(shared.length), ids: shared },
                          { id: 'own', title: t.compare.onlyHere(own.length), ids: own },
                        ]
                          .filter((group) => group.ids.length > 0)
                          .map((group) => (
                            <details key={group.id}>
                              <summary>{group.title}</summary>
                              <ul className="plain-list compact">
                                {group.ids.map((pid) => (
                                  <li key={pid} className={group.id === 'shared' ? 'shared' : undefined}>
                                    {partnerName(pid)}
                                    {group.id === 'shared' && <span className="badge badge--shared">{t.compare.sharedBadge}</span>}
                                  </li>
                                ))}
                              </ul>
                            </details>
                          ))}
                      </td>
                    );
                  })}
                </tr>
              </tbody>
            </table>
          </TableScroll>
          {sites.length >= 2 && (
            <>
              <h3>{t.compare.distances}</h3>
              <TableScroll>
                <table className="data-table" data-testid="distance-table">
                  <caption className="visually-hidden">{t.compare.distancesCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.compare.fromTo}</th>
                      {sites.map((s) => (
                        <th scope="col" key={s.properties.id} className="num">
                          {s.properties.name[lang]}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {sites.map((a) => (
                      <tr key={a.properties.id}>
                        <th scope="row">{a.properties.name[lang]}</th>
                        {sites.map((b) => (
                          <td key={b.properties.id} className="num">
                            {a === b ? '–' : formatKm(distanceKm(data, a.properties.id, b.properties.id)!, lang)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <CompareConnections data={data} sites={sites} />
              <CsvButton
                filename="compare.csv"
                header={['site', 'municipality', 'budget_stated_eur', ...FUNDER_KEYS.map((k) => `${k}_eur`), ...sites.map((s) => `km_to_${s.properties.id}`)]}
                rows={() =>
                  sites.map((a) => [
                    name(a.properties.id),
                    a.properties.municipality,
                    funding.get(a.properties.id)!.stated,
                    ...FUNDER_KEYS.map((k) => funding.get(a.properties.id)!.byFunder[k]),
                    ...sites.map((b) => (a === b ? 0 : Number(distanceKm(data, a.properties.id, b.properties.id)!.toFixed(2)))),
                  ])
                }
              />
            </>
          )}
        </>
      )}
    </PanelShell>
  );
}
