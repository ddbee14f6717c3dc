// Filters that act on the map and the lists together: region, funder, partner type, action line.
import { memo } from 'react';
import type { AtlasData } from '../data/atlasData';
import { CONSTRAINT_VALUES, type ConstraintKey, type Constraints } from '../state/filtersSlice';
import { useI18n } from '../i18n/useT';

interface Props {
  data: AtlasData;
  constraints: Constraints;
  visibleCount: number;
  onToggle: <K extends ConstraintKey>(key: K, value: Constraints[K][number]) => void;
  onClear: () => void;
}

export const FiltersPanel = memo(function FiltersPanel({ data, constraints, visibleCount, onToggle, onClear }: Props) {
  const { t, lang } = useI18n();
  const label = (key: ConstraintKey, value: string): string => {
    if (key === 'regions') return t.regions[value as keyof typeof t.regions];
    if (key === 'funders') return t.funders[value as keyof typeof t.funders];
    if (key === 'partnerTypes') return t.partnerTypes[value as keyof typeof t.partnerTypes];
    return data.projects.themes.find((theme) => theme.id === value)?.name[lang] ?? value;
  };
  const active = Object.values(constraints).some((list) => list.length > 0);
  return (
    <details className="filters" open={active}>
      <summary>
        {t.filters.title} {active && <span className="badge">{t.filters.matching(visibleCount)}</span>}
      </summary>
      {(Object.keys(CONSTRAINT_VALUES) as ConstraintKey[]).map((key) => (
        <fieldset key={key}>
          <legend>{t.filters.groups[key]}</legend>
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
          {t.filters.clear}
        </button>
      )}
    </details>
  );
});
