// Camera presets and the basemap switcher.
import { memo } from 'react';
import { useT } from '../i18n/useT';
import { BASEMAP_IDS, type BasemapId, type OfflineArchiveStatus } from '../state/basemapSlice';
import type { RegionId } from '../state/regionViews';

export function ViewButtons({ onView }: { onView: (region: RegionId) => void }) {
  const t = useT();
  return (
    <div className="view-buttons" role="group" aria-label={t.views.label}>
      <button type="button" onClick={() => onView('twente')}>
        {t.views.twente}
      </button>
      <button type="button" onClick={() => onView('overijssel')}>
        {t.views.overijssel}
      </button>
    </div>
  );
}

interface SwitcherProps {
  chosen: BasemapId;
  active: BasemapId | null;
  offlineArchive: OfflineArchiveStatus;
  onChoose: (id: BasemapId) => void;
}

export const BasemapSwitcher = memo(function BasemapSwitcher({ chosen, active, offlineArchive, onChoose }: SwitcherProps) {
  const t = useT();
  const offlineWhy = offlineArchive === 'missing' ? t.basemaps.notBuilt : offlineArchive === 'no-byte-ranges' ? t.basemaps.noByteRanges : null;
  return (
    <fieldset className="basemaps">
      <legend>{t.basemaps.legend}</legend>
      {BASEMAP_IDS.map((id) => {
        const unavailable = id === 'offline' && offlineArchive !== 'available';
        return (
          <label key={id} className="legend__row">
            <input type="radio" name="basemap" value={id} checked={chosen === id} disabled={unavailable} onChange={() => onChoose(id)} />
            <span className="legend__label">
              {t.basemaps.names[id]}
              {unavailable && offlineWhy && <span className="hint">{offlineWhy}</span>}
              {chosen === id && active !== null && active !== id && <span className="hint">{t.basemaps.unavailable(t.basemaps.names[active])}</span>}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
});
