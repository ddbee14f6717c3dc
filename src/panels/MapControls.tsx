// Camera presets and the basemap switcher.
import { BASEMAPS } from '../map/basemaps/catalog';
import { BASEMAP_IDS, type BasemapId } from '../state/basemapSlice';
import type { MapView } from '../state/viewSlice';

export const OVERIJSSEL_VIEW: MapView = { center: [6.42, 52.44], zoom: 8.4 };

export function ViewButtons({ onView, twente }: { onView: (view: MapView) => void; twente: MapView }) {
  return (
    <div className="view-buttons" role="group" aria-label="Views">
      <button type="button" onClick={() => onView(twente)}>
        Twente
      </button>
      <button type="button" onClick={() => onView(OVERIJSSEL_VIEW)}>
        Overijssel
      </button>
    </div>
  );
}

interface SwitcherProps {
  chosen: BasemapId;
  active: BasemapId | null;
  offlineAvailable: boolean;
  onChoose: (id: BasemapId) => void;
}

export function BasemapSwitcher({ chosen, active, offlineAvailable, onChoose }: SwitcherProps) {
  return (
    <fieldset className="basemaps">
      <legend>Basemap</legend>
      {BASEMAP_IDS.map((id) => {
        const unavailable = id === 'offline' && !offlineAvailable;
        return (
          <label key={id} className="legend__row">
            <input type="radio" name="basemap" value={id} checked={chosen === id} disabled={unavailable} onChange={() => onChoose(id)} />
            <span className="legend__label">
              {BASEMAPS[id].label}
              {unavailable && <span className="hint"> (not built)</span>}
              {chosen === id && active !== null && active !== id && <span className="hint"> (unavailable, showing {BASEMAPS[active].label})</span>}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
