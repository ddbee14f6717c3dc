import { MODE_ASSUMPTIONS, PLANNER_MODES, QUAY_RADIUS_KM, type PlannerMode } from '../../analysis/assumptions';

export function ModeSelect({ mode, onChange }: { mode: PlannerMode; onChange: (mode: PlannerMode) => void }) {
  return (
    <label className="field">
      Mode{' '}
      <select value={mode} onChange={(e) => onChange(e.target.value as PlannerMode)} aria-label="Mode">
        {PLANNER_MODES.map((m) => (
          <option key={m} value={m}>
            {MODE_ASSUMPTIONS[m].label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The assumptions behind every estimate, one click away. */
export function Assumptions() {
  return (
    <details className="assumptions">
      <summary>Assumptions behind the estimates</summary>
      <p className="note">
        Where the data has a modelled link for a mode between two sites, its length is used (MaaS links are drawn as straight lines). Otherwise the
        straight-line distance is stretched by a detour factor and timed at an average speed, plus a fixed time:
      </p>
      <ul className="plain-list compact">
        {PLANNER_MODES.map((m) => (
          <li key={m}>
            <strong>{MODE_ASSUMPTIONS[m].label}</strong>: detour × {MODE_ASSUMPTIONS[m].detour}, {MODE_ASSUMPTIONS[m].speedKmh} km/h, + {MODE_ASSUMPTIONS[m].fixedMinutes} min. {MODE_ASSUMPTIONS[m].basis}
          </li>
        ))}
      </ul>
      <p className="note">
        These are planning assumptions of the atlas, not figures from the source documents. The quay radius ({QUAY_RADIUS_KM} km) is from the Regio Deal sheet.
      </p>
    </details>
  );
}
