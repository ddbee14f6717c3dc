import { useEffect, useMemo, useState } from 'react';
import { QUAY_RADIUS_KM, type PlannerMode } from '../../analysis/assumptions';
import { haversineKm, type LinkIndex, type Place } from '../../analysis/connections';
import { radiusKm, reachable } from '../../analysis/reachability';
import { formatNumber, type Locale } from '../../format/money';
import { zoomForSpanKm } from '../../state/focusSite';
import { useAtlas, useAtlasStore } from '../../state/useAtlas';
import { Assumptions, ModeSelect } from './controls';

const QUAY = 'xl-park-quay';

export function ReachTab({ places, links, lang }: { places: Place[]; links: LinkIndex; lang: Locale }) {
  const setOverlay = useAtlas((s) => s.setOverlay);
  const store = useAtlasStore();
  const towns = useAtlas((s) => s.overlayTowns);
  const activeBasemap = useAtlas((s) => s.activeBasemap);
  const [view, setView] = useState<'reach' | 'quay'>('reach');
  const [origin, setOrigin] = useState(places.find((p) => p.id === 'kennispark-twente')?.id ?? places[0]?.id ?? '');
  const [mode, setMode] = useState<PlannerMode>('ebike');
  const [minutes, setMinutes] = useState(30);
  const from = places.find((p) => p.id === origin);
  const quay = places.find((p) => p.id === QUAY);
  const reach = useMemo(() => (from ? reachable(from, places, mode, minutes, links) : []), [from, places, mode, minutes, links]);
  const inQuayRadius = useMemo(
    () => (quay ? places.filter((p) => p.id !== QUAY && haversineKm(quay.position[0], quay.position[1], p.position[0], p.position[1]) <= QUAY_RADIUS_KM) : []),
    [places, quay],
  );

  useEffect(() => {
    if (view === 'reach' && from) {
      setOverlay({ rings: [{ center: [from.position[0], from.position[1]], radiusKm: radiusKm(mode, minutes), label: `${minutes} min` }], highlight: reach.map((r) => r.place.id) });
    } else if (view === 'quay' && quay) {
      setOverlay({ rings: [{ center: [quay.position[0], quay.position[1]], radiusKm: QUAY_RADIUS_KM, label: `${QUAY_RADIUS_KM} km` }], highlight: inQuayRadius.map((p) => p.id) });
    }
  }, [view, from, quay, mode, minutes, reach, inQuayRadius, setOverlay]);
  useEffect(() => () => setOverlay(null), [setOverlay]);

  return (
    <div>
      <div role="radiogroup" aria-label="Reachability view" className="segmented">
        <label>
          <input type="radio" name="reach-view" checked={view === 'reach'} onChange={() => setView('reach')} /> Time budget
        </label>
        <label>
          <input
            type="radio"
            name="reach-view"
            checked={view === 'quay'}
            onChange={() => {
              setView('quay');
              // Show the whole ring.
              if (quay) store.getState().setView({ center: [quay.position[0], quay.position[1]], zoom: zoomForSpanKm(2 * QUAY_RADIUS_KM * 1.1) }, 'app');
            }}
          />{' '}
          Quay: {QUAY_RADIUS_KM} km container radius
        </label>
      </div>
      {view === 'reach' ? (
        <>
          <label className="field">
            From{' '}
            <select value={origin} onChange={(e) => setOrigin(e.target.value)} aria-label="From">
              {places.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <ModeSelect mode={mode} onChange={setMode} />
          <label className="field">
            Within{' '}
            <input type="number" min={5} max={120} step={5} value={minutes} aria-label="Minutes" onChange={(e) => setMinutes(Math.min(120, Math.max(5, Number(e.target.value) || 5)))} /> minutes
          </label>
          <p className="note">
            Ring: {formatNumber(radiusKm(mode, minutes), lang, 1)} km straight-line radius (estimate). Sites reached are highlighted on the map.
          </p>
          <h4>
            Reachable sites <span className="count">{reach.length}</span>
          </h4>
          {reach.length === 0 && <p className="empty-state">No site within {minutes} minutes.</p>}
          <ol className="plain-list compact" data-testid="reach-list">
            {reach.map((r) => (
              <li key={r.place.id}>
                {r.place.name}: {Math.round(r.minutes)} min <span className={`badge ${r.basis === 'link' ? 'badge--link' : 'badge--estimate'}`}>{r.basis === 'link' ? 'modelled link' : 'estimate'}</span>
              </li>
            ))}
          </ol>
          <Assumptions />
        </>
      ) : (
        <>
          <p className="note">Containers from the combined terminal mostly travel at most {QUAY_RADIUS_KM} km by road (Regio Deal Twente, top-location sheet).</p>
          <h4>
            Sites within {QUAY_RADIUS_KM} km <span className="count">{inQuayRadius.length}</span>
          </h4>
          <ul className="plain-list compact" data-testid="quay-sites">
            {inQuayRadius.map((p) => (
              <li key={p.id}>{p.name}</li>
            ))}
          </ul>
          <h4>Towns within {QUAY_RADIUS_KM} km</h4>
          {activeBasemap !== 'offline' ? (
            <p className="muted">The town list is read from the offline basemap; switch the basemap to “Offline” to see it.</p>
          ) : towns === null ? (
            <p className="muted">Reading the towns…</p>
          ) : (
            <p data-testid="quay-towns">{towns.join(', ')}</p>
          )}
        </>
      )}
    </div>
  );
}
