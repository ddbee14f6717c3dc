// Filters that act on the map and the lists together: region, funder, partner type, action line.
import type { AtlasData } from '../data/atlasData';
import { CONSTRAINT_VALUES, type ConstraintKey, type Constraints } from '../state/filtersSlice';
import { FUNDER_LABELS, PARTNER_TYPE_LABELS, REGION_LABELS } from './labels';

interface Props {
  data: AtlasData;
  constraints: Constraints;
  visibleCount: number;
  onToggle: <K extends ConstraintKey>(key: K, value: Constraints[K][number]) => void;
  onClear: () => void;
}

const GROUP_TITLES: Record<ConstraintKey, string> = { regions: 'Region', funders: 'Funded by', partnerTypes: 'Partner type', themes: 'Action line' };

export function FiltersPanel({ data, constraints, visibleCount, onToggle, onClear }: Props) {
  const label = (key: ConstraintKey, value: string): string => {
    if (key === 'regions') return REGION_LABELS[value as keyof typeof REGION_LABELS];
    if (key === 'funders') return FUNDER_LABELS[value as keyof typeof FUNDER_LABELS];
    if (key === 'partnerTypes') return PARTNER_TYPE_LABELS[value as keyof typeof PARTNER_TYPE_LABELS];
    return data.projects.themes.find((t) => t.id === value)?.name.en ?? value;
  };
  const active = Object.values(constraints).some((list) => list.length > 0);
  return (
    <details className="filters" open={active}>
      <summary>
        Filters {active && <span className="badge">{visibleCount} sites</span>}
      </summary>
      {(Object.keys(CONSTRAINT_VALUES) as ConstraintKey[]).map((key) => (
        <fieldset key={key}>
          <legend>{GROUP_TITLES[key]}</legend>
          {(CONSTRAINT_VALUES[key] as readonly string[]).map((value) => (
            <label key={value} className="legend__row">
              <input type="checkbox" checked={(constraints[key] as readonly string[]).includes(value)} onChange={() => onToggle(key, value as never)} data-filter={`${key}:${value}`} />
              <span className="legend__label">{label(key, value)}</span>
            </label>
          ))}
        </fieldset>
      ))}
      {active && (
        <button type="button" className="small-button" onClick={onClear}>
          Clear filters
        </button>
      )}
    </details>
  );
}
