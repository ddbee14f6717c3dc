import type { KeyFigure } from '../../data/schema';
import { formatNumber } from '../../format/money';
import { useT, useI18n } from '../../i18n/useT';
import { Money } from './Money';

/** Key figures as the source words them ("more than 20"), with their unit and the year they are about. */
export function KeyFigureList({ figures }: { figures: readonly KeyFigure[] }) {
  const { lang } = useI18n();
  const t = useT();
  return (
    <ul className="plain-list" data-testid="key-figures">
      {figures.map((f) => (
        <li key={f.id}>
          {f.label[lang]}:{' '}
          <strong>
            {f.qualifier && t.site.qualifiers[f.qualifier]}
            {f.unit === 'EUR' ? (
              <>
                <Money value={f.value} />
                {f.valueMax ? (
                  <>
                    {' '}
                    – <Money value={f.valueMax} />
                  </>
                ) : null}
              </>
            ) : (
              `${formatNumber(f.value, lang, Number.isInteger(f.value) ? 0 : 1)}${f.valueMax ? `–${formatNumber(f.valueMax, lang)}` : ''}${t.site.units[f.unit] ? ` ${t.site.units[f.unit]}` : ''}`
            )}
          </strong>{' '}
          <small className="muted">({f.year})</small>
        </li>
      ))}
    </ul>
  );
}
