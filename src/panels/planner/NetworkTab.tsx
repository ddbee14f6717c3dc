import { useMemo } from 'react';
import { NETWORK_ASSUMPTIONS } from '../../analysis/assumptions';
import { leg, networkLeg, type LinkIndex, type Place } from '../../analysis/connections';
import { nearestExit, nearestStation, waterRoutes, type Networks } from '../../analysis/existingNetworks';
import { GAP_MODES, joined } from '../../analysis/gaps';
import { components, degrees, type Edge } from '../../analysis/network';
import type { LinkMode } from '../../data/schema';
import { QUAY_SITE_ID, TWENTE_TOP_LOCATIONS } from '../../data/vocabulary';
import { formatNumber } from '../../format/money';
import { useT, useI18n } from '../../i18n/useT';
import { TableScroll } from '../common/TableScroll';
import { LegBadge } from './LegBadge';
import { NetworkStatus } from './NetworkStatus';
import type { PlannerTabProps } from './tabProps';

interface Props extends PlannerTabProps {
  edges: Edge[];
}

export function NetworkTab({ places, edges, links, networks, linkName }: Props) {
  const t = useT();
  const nets = networks.status === 'ready' ? networks.networks : undefined;
  const byId = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const tops = useMemo(() => TWENTE_TOP_LOCATIONS.flatMap((id) => byId.get(id) ?? []), [byId]);
  const name = (id: string) => byId.get(id)?.name ?? id;
  return (
    <div>
      <NetworkStatus state={networks} />
      {nets && <AccessTable places={places} quay={byId.get(QUAY_SITE_ID)} links={links} networks={nets} linkName={linkName} />}
      {nets && <RailBetween tops={tops} networks={nets} />}
      {nets && <WaterFromQuay networks={nets} />}
      <PlanGraph edges={edges} name={name} />
      <h4>{t.planner.gapsHeading}</h4>
      <p className="note">{t.networks.gapsIntro}</p>
      <ul className="plain-list compact" data-testid="gaps">
        {GAP_MODES.map((mode) => {
          const pairs = tops.flatMap((a, i) => tops.slice(i + 1).map((b) => ({ a, b, by: joined(a, b, mode, edges, nets).by })));
          const missing = pairs.filter((p) => p.by === 'none');
          const byNetwork = pairs.filter((p) => p.by === 'network').length;
          return (
            <li key={mode} data-mode={mode}>
              <strong>{t.networks.gapModes[mode]}</strong>:{' '}
              {missing.length === 0 ? t.networks.noGaps : missing.length === pairs.length ? t.networks.allGaps : missing.map(({ a, b }) => `${a.name} – ${b.name}`).join('; ')}
              {byNetwork > 0 && <span className="muted"> ({t.networks.joinedBy(byNetwork)})</span>}
            </li>
          );
        })}
        <li>{t.networks.bikeNotAssessed}</li>
      </ul>
      <NetworkAssumptions />
    </div>
  );
}

function AccessTable({ places, quay, links, networks, linkName }: { places: Place[]; quay?: Place; links: LinkIndex; networks: Networks; linkName: (id: string) => string }) {
  const { lang } = useI18n();
  const t = useT();
  const km = (value: number) => `${formatNumber(value, lang, 1)} km`;
  const none = (limit: number) => <span className="muted">{t.networks.noneWithin(limit)}</span>;
  return (
    <>
      <h4>{t.networks.accessHeading}</h4>
      <TableScroll>
        <table className="data-table" data-testid="access-table">
          <caption>{t.networks.accessCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.planner.site}</th>
              <th scope="col">{t.networks.station}</th>
              <th scope="col">{t.networks.exit}</th>
              <th scope="col">{t.networks.quay}</th>
            </tr>
          </thead>
          <tbody>
            {places.map((p) => {
              const station = nearestStation(networks, p.position);
              const exit = nearestExit(networks, p.position);
              const toQuay = quay && quay.id !== p.id ? leg(p, quay, 'car', links, networks) : undefined;
              return (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>{station ? `${station.name} · ${km(station.straightKm)} · ${t.planner.minutes(Math.round(station.minutes))}` : none(NETWORK_ASSUMPTIONS.stationAccessKm)}</td>
                  <td>{exit ? `${t.networks.exitName(exit.ref, exit.name)} · ${km(exit.straightKm)} · ${t.planner.minutes(Math.round(exit.minutes))}` : none(NETWORK_ASSUMPTIONS.exitAccessKm)}</td>
                  <td>
                    {toQuay ? (
                      <>
                        {km(toQuay.routeKm)} · {t.planner.minutes(Math.round(toQuay.minutes))} <LegBadge leg={toQuay} mode="car" linkName={linkName} />
                      </>
                    ) : (
                      '–'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function RailBetween({ tops, networks }: { tops: Place[]; networks: Networks }) {
  const { lang } = useI18n();
  const t = useT();
  const pairs = tops.flatMap((a, i) => tops.slice(i + 1).map((b) => [a, b] as const));
  return (
    <>
      <h4>{t.networks.railHeading}</h4>
      <p className="note">{t.networks.railCaption}</p>
      <ul className="plain-list compact" data-testid="rail-between">
        {pairs.map(([a, b]) => {
          const [from, to] = [nearestStation(networks, a.position), nearestStation(networks, b.position)];
          const train = networkLeg(a, b, 'transit', networks);
          let text: string;
          if (!from || !to) text = t.networks.noRail;
          else if (from.node === to.node) text = t.networks.sameStation(from.name);
          else if (!train?.via) text = t.networks.noRail;
          else
            text = `${from.name} → ${to.name}: ${formatNumber(train.via.networkKm, lang, 1)} km, ${t.networks.stationsPassed(train.via.names.length)}${train.via.names.length ? ` (${train.via.names.join(', ')})` : ''}, ${t.planner.minutes(Math.round(train.minutes))}`;
          return (
            <li key={`${a.id}|${b.id}`}>
              <strong>{t.networks.between(a.name, b.name)}</strong>: {text}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function WaterFromQuay({ networks }: { networks: Networks }) {
  const { lang } = useI18n();
  const t = useT();
  const { terminal, destinations } = useMemo(() => waterRoutes(networks), [networks]);
  const hours = (minutes: number) => formatNumber(minutes / 60, lang, 1);
  return (
    <>
      <h4>{t.networks.waterHeading}</h4>
      {!terminal ? (
        <p className="note">{t.networks.noWater}</p>
      ) : (
        <ul className="plain-list compact" data-testid="water-routes">
          {destinations.map((d) => (
            <li key={`${d.name}|${d.town}`}>
              {d.kind === 'end'
                ? t.networks.waterEnd(d.town, formatNumber(d.route.km, lang, 1), d.route.locks, hours(d.route.minutes))
                : t.networks.waterLine(d.name, d.town, formatNumber(d.route.km, lang, 1), d.route.locks, hours(d.route.minutes))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The plan's own links as a graph: how many each site has, and which sites they hold together. */
function PlanGraph({ edges, name }: { edges: Edge[]; name: (id: string) => string }) {
  const t = useT();
  const nodes = useMemo(() => [...new Set(edges.flatMap((e) => [e.from, e.to]))], [edges]);
  const degree = useMemo(() => degrees(nodes, edges), [nodes, edges]);
  const parts = useMemo(() => components(nodes, edges), [nodes, edges]);
  return (
    <>
      <h4>{t.networks.planHeading}</h4>
      <p>{t.planner.networkSummary(nodes.length, edges.length, parts.length)}</p>
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
    </>
  );
}

function NetworkAssumptions() {
  const t = useT();
  const s = NETWORK_ASSUMPTIONS.speedKmh;
  return (
    <p className="note">
      {t.networks.assumptions(s.motorway, s.trunk, s.primary, s.track, s.canal, NETWORK_ASSUMPTIONS.lockMinutes, NETWORK_ASSUMPTIONS.stationAccessKm, NETWORK_ASSUMPTIONS.exitAccessKm)}
    </p>
  );
}
