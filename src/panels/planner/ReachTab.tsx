import { useT, useI18n } from '../../i18n/useT';
import { useEffect, useMemo, useState } from 'react';
import { QUAY_RADIUS_KM, type PlannerMode } from '../../analysis/assumptions';
import { haversineKm } from '../../analysis/connections';
import { radiusKm, reachable } from '../../analysis/reachability';
import { formatNumber } from '../../format/money';
import { bbox, circle } from '@turf/turf';
import { FOCUS_ZOOM } from '../../state/focusSite';
import { fittedView } from '../../state/regionViews';
import { useAtlas, useAtlasStore } from '../../state/useAtlas';
import { Assumptions, ModeSelect } from './controls';
import { QUAY_SITE_ID } from '../../data/vocabulary';
import { LegBadge } from './LegBadge';
import type { PlannerTabProps } from './tabProps';

type Props = PlannerTabProps;

export function ReachTab({ places, links, networks, linkName }: Props) {
  const { lang } = useI18n();
  const nets = networks.status === 'ready' ? networks.networks : undefined;
  const t = useT();
  const setOverlay = useAtlas((s) => s.setOverlay);
  const store = useAtlasStore();
  const towns = useAtlas((s) => s.overlayTowns);
  const activeBasemap = useAtlas((s) => s.activeBasemap);
  const [view, setView] = useState<'reach' | 'quay'>('reach');
  const [origin, setOrigin] = useState(places.find((p) => p.id === 'kennispark-twente')?.id ?? places[0]?.id ?? '');
  const [mode, setMode] = useState<PlannerMode>('ebike');
  const [minutes, setMinutes] = useState(30);
  const from = places.find((p) => p.id === origin);
  const quay = places.find((p) => p.id === QUAY_SITE_ID);
  const reach = useMemo(() => (from ? reachable(from, places, mode, minutes, links, nets) : []), [from, places, mode, minutes, links, nets]);
  const inQuayRadius = useMemo(
    () => (quay ? places.filter((p) => p.id !== QUAY_SITE_ID && haversineKm(quay.position[0], quay.position[1], p.position[0], p.position[1]) <= QUAY_RADIUS_KM) : []),
    [places, quay],
  );

  useEffect(() => {
    if (view === 'reach' && from) {
      setOverlay({ rings: [{ center: [from.position[0], from.position[1]], radiusKm: radiusKm(mode, minutes), label: t.planner.minutes(minutes) }], highlight: reach.map((r) => r.place.id) });
    } else if (view === 'quay' && quay) {
      setOverlay({ rings: [{ center: [quay.position[0], quay.position[1]], radiusKm: QUAY_RADIUS_KM, label: `${QUAY_RADIUS_KM} km` }], highlight: inQuayRadius.map((p) => p.id) });
    }
  }, [view, from, quay, mode, minutes, reach, inQuayRadius, setOverlay, t]);
  useEffect(() => () => setOverlay(null), [setOverlay]);

  return (
    <div>
      <div role="radiogroup" aria-label={t.planner.reachView} className="segmented">
        <label>
          <input type="radio" name="reach-view" checked={view === 'reach'} onChange={() => setView('reach')} /> {t.planner.timeBudget}
        </label>
        <label>
          <input
            type="radio"
            name="reach-view"
            checked={view === 'quay'}
            onChange={() => {
              setView('quay');
              // Show the whole ring, beside the panel.
              if (!quay) return;
              const [west, south, east, north] = bbox(circle([quay.position[0], quay.position[1]], QUAY_RADIUS_KM));
              store.getState().setView(
                fittedView({
                  bounds: [
                    [west, south],
                    [east, north],
                  ],
                  maxZoom: FOCUS_ZOOM,
                }),
                'app',
              );
            }}
          />{' '}
          {t.planner.quayView(QUAY_RADIUS_KM)}
        </label>
      </div>
      {view === 'reach' ? (
        <>
          <label className="field">
            {t.planner.from}{' '}
            <select value={origin} onChange={(e) => setOrigin(e.target.value)} aria-label={t.planner.from}>
              {places.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <ModeSelect mode={mode} onChange={setMode} />
          <label className="field">
            {t.planner.within}{' '}
            <input type="number" min={5} max={120} step={5} value={minutes} aria-label={t.planner.minutesLabel} onChange={(e) => setMinutes(Math.min(120, Math.max(5, Number(e.target.value) || 5)))} />{' '}
            {t.planner.minutesUnit}
          </label>
          <p className="note">{t.planner.ring(formatNumber(radiusKm(mode, minutes), lang, 1))}</p>
          <h4>
            {t.planner.reachable} <span className="count">{reach.length}</span>
          </h4>
          {reach.length === 0 && <p className="empty-state">{t.planner.noneReachable(minutes)}</p>}
          <ol className="plain-list compact" data-testid="reach-list">
            {reach.map((r) => (
              <li key={r.place.id}>
                {r.place.name}: {t.planner.minutes(Math.round(r.minutes))} <LegBadge leg={r.leg} mode={mode} linkName={linkName} />
              </li>
            ))}
          </ol>
          <Assumptions />
        </>
      ) : (
        <>
          <p className="note">{t.planner.quayNote(QUAY_RADIUS_KM)}</p>
          <h4>
            {t.planner.sitesWithin(QUAY_RADIUS_KM)} <span className="count">{inQuayRadius.length}</span>
          </h4>
          <ul className="plain-list compact" data-testid="quay-sites">
            {inQuayRadius.map((p) => (
              <li key={p.id}>{p.name}</li>
            ))}
          </ul>
          <h4>{t.planner.townsWithin(QUAY_RADIUS_KM)}</h4>
          {activeBasemap !== 'offline' ? (
            <p className="muted">{t.planner.townsNeedOffline}</p>
          ) : towns === null ? (
            <p className="muted">{t.planner.readingTowns}</p>
          ) : (
            <p data-testid="quay-towns">{towns.join(', ')}</p>
          )}
        </>
      )}
    </div>
  );
}
