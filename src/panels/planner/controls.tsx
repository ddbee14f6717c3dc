import { MODE_ASSUMPTIONS, PLANNER_MODES, QUAY_RADIUS_KM, type PlannerMode } from '../../analysis/assumptions';
import { formatNumber } from '../../format/money';
import { useI18n, useT } from '../../i18n/useT';

export function ModeSelect({ mode, onChange }: { mode: PlannerMode; onChange: (mode: PlannerMode) => void }) {
  const t = useT();
  return (
    <label className="field">
      {t.planner.mode}{' '}
      <select value={mode} onChange={(e) => onChange(e.target.value as PlannerMode)} aria-label={t.planner.mode}>
        {PLANNER_MODES.map((m) => (
          <option key={m} value={m}>
            {t.planner.modes[m]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The assumptions behind every estimate, one click away. */
export function Assumptions() {
  const { t, lang } = useI18n();
  return (
    <details className="assumptions">
      <summary>{t.planner.assumptions}</summary>
      <p className="note">{t.planner.assumptionsIntro}</p>
      <ul className="plain-list compact">
        {PLANNER_MODES.map((m) => (
          <li key={m}>
            <strong>{t.planner.modes[m]}</strong>
            {t.planner.assumptionLine(formatNumber(MODE_ASSUMPTIONS[m].detour, lang, 2), MODE_ASSUMPTIONS[m].speedKmh, MODE_ASSUMPTIONS[m].fixedMinutes, t.planner.modeBasis[m])}
          </li>
        ))}
      </ul>
      <p className="note">{t.planner.assumptionsOutro(QUAY_RADIUS_KM)}</p>
    </details>
  );
}
