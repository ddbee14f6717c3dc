// Compare's connections: for each site its quay, station and motorway exit, and between the compared
// sites the trip by car and by public transport, each labelled with how it was obtained.
import { useMemo } from 'react';
import { NETWORK_ASSUMPTIONS, type PlannerMode } from '../analysis/assumptions';
import { leg, linkIndex, type Place } from '../analysis/connections';
import { nearestExit, nearestStation, type Access } from '../analysis/existingNetworks';
import type { AtlasData } from '../data/atlasData';
import type { SiteFeature } from '../data/schema';
import { QUAY_SITE_ID } from '../data/vocabulary';
import { formatNumber } from '../format/money';
import { useT, useI18n } from '../i18n/useT';
import { TableScroll } from './common/TableScroll';
import { useNetworks } from './common/useNetworks';
import { LegBadge } from './planner/LegBadge';
import { NetworkStatus } from './planner/NetworkStatus';

const PAIR_MODES: PlannerMode[] = ['car', 'transit'];

export function CompareConnections({ data, sites }: { data: AtlasData; sites: SiteFeature[] }) {
  const { lang } = useI18n();
  const t = useT();
  const state = useNetworks();
  const networks = state.status === 'ready' ? state.networks : undefined;
  const links = useMemo(() => linkIndex(data.links.features), [data]);
  const linkName = (id: string) => data.links.features.find((l) => l.properties.id === id)?.properties.name[lang] ?? id;
  const place = (s: SiteFeature): Place => ({ id: s.properties.id, name: s.properties.name[lang], position: s.geometry.coordinates });
  const quaySite = data.sites.features.find((s) => s.properties.id === QUAY_SITE_ID);
  const quay = quaySite && place(quaySite);
  const places = sites.map(place);
  const pairs = places.flatMap((a, i) => places.slice(i + 1).map((b) => [a, b] as const));
  const km = (value: number) => `${formatNumber(value, lang, 1)} km`;
  const trip = (a: Place, b: Place, mode: PlannerMode) => {
    const l = leg(a, b, mode, links, networks);
    return (
      <>
        {km(l.routeKm)} · {t.planner.minutes(Math.round(l.minutes))} <LegBadge leg={l} mode={mode} linkName={linkName} />
      </>
    );
  };
  const access = (found: Access | undefined, label: string, limit: number) =>
    !networks ? '–' : found ? `${label} · ${km(found.straightKm)} · ${t.planner.minutes(Math.round(found.minutes))}` : <span className="muted">{t.networks.noneWithin(limit)}</span>;

  return (
    <section data-testid="compare-connections">
      <h3>{t.networks.connectionsHeading}</h3>
      <TableScroll>
        <table className="data-table">
          <caption className="visually-hidden">{t.networks.accessCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.compare.site}</th>
              {places.map((p) => (
                <th scope="col" key={p.id}>
                  {p.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t.networks.toQuay}</th>
              {places.map((p) => (
                <td key={p.id}>{quay && quay.id !== p.id ? trip(p, quay, 'car') : '–'}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t.networks.station}</th>
              {places.map((p) => {
                const s = networks && nearestStation(networks, p.position);
                return <td key={p.id}>{access(s, s?.name ?? '', NETWORK_ASSUMPTIONS.stationAccessKm)}</td>;
              })}
            </tr>
            <tr>
              <th scope="row">{t.networks.exit}</th>
              {places.map((p) => {
                const e = networks && nearestExit(networks, p.position);
                return <td key={p.id}>{access(e, e ? t.networks.exitName(e.ref ?? '', e.name) : '', NETWORK_ASSUMPTIONS.exitAccessKm)}</td>;
              })}
            </tr>
          </tbody>
        </table>
      </TableScroll>
      {pairs.length > 0 && (
        <TableScroll>
          <table className="data-table" data-testid="compare-pairs">
            <caption className="visually-hidden">{t.networks.connectionsHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{t.compare.fromTo}</th>
                <th scope="col">{t.networks.byCar}</th>
                <th scope="col">{t.networks.byTransit}</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map(([a, b]) => (
                <tr key={`${a.id}|${b.id}`}>
                  <th scope="row">{t.networks.between(a.name, b.name)}</th>
                  {PAIR_MODES.map((mode) => (
                    <td key={mode}>{trip(a, b, mode)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <NetworkStatus state={state} />
    </section>
  );
}
