import { memo } from 'react';
import { useT, useI18n } from '../i18n/useT';
import { measure } from '../analysis/measure';
import { formatNumber } from '../format/money';
import { useAtlas } from '../state/useAtlas';

/** The measure tool's live result, over the map. */
export const MeasureReadout = memo(function MeasureReadout() {
  const { lang } = useI18n();
  const t = useT();
  const tool = useAtlas((s) => s.tool);
  const points = useAtlas((s) => s.toolPoints);
  const finished = useAtlas((s) => s.toolFinished);
  const startTool = useAtlas((s) => s.startTool);
  if (tool !== 'measure') return null;
  const m = measure(points);
  return (
    <div className="measure-readout" role="status" aria-live="polite" data-testid="measure">
      <strong>{t.measure.title}</strong>{' '}
      {points.length < 2 ? (
        t.measure.hint
      ) : (
        <>
          {t.measure.distance}
          <span data-testid="measure-km">{formatNumber(m.km, lang, 2)} km</span>
          {m.areaKm2 !== undefined && (
            <>
              {t.measure.area}
              <span data-testid="measure-area">{formatNumber(m.areaKm2, lang, 2)} km²</span>
            </>
          )}
        </>
      )}
      <small className="muted"> {finished ? t.measure.done : t.measure.escape}</small>
      <button type="button" className="icon-button icon-button--small" aria-label={t.measure.close} onClick={() => startTool(null)}>
        ×
      </button>
    </div>
  );
});
