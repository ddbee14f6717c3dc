import type { TextCheck } from '../../data/schema';
import { computeTextCheck } from '../../data/textCheck';
import { formatMoneyExact, formatNumber, type Locale } from '../../format/money';
import { useT, useI18n } from '../../i18n/useT';

const decimals = (value: number) => (Number.isInteger(value) ? 0 : 1);
const format = (value: number, unit: TextCheck['unit'], lang: Locale) =>
  unit === 'EUR' ? formatMoneyExact(value, lang) : unit === 'percent' ? `${formatNumber(value, lang, decimals(value))} %` : formatNumber(value, lang);

/** Figures in a source's prose that its own figures do not bear out: stated, computed and the difference. */
export function TextCheckList({ checks }: { checks: readonly TextCheck[] }) {
  const { lang } = useI18n();
  const t = useT();
  const differing = checks.map((check) => ({ check, computed: computeTextCheck(check) })).filter(({ check, computed }) => computed !== check.stated);
  if (differing.length === 0) return null;
  return (
    <section data-testid="text-checks">
      <h3>{t.project.textChecks}</h3>
      <ul className="plain-list">
        {differing.map(({ check, computed }) => (
          <li key={check.id}>
            <p className="badge badge--warn" role="note">
              {t.project.textCheckLine(
                check.label[lang],
                format(check.stated, check.unit, lang),
                format(computed, check.unit, lang),
                format(Math.abs(Math.round((check.stated - computed) * 10) / 10), check.unit, lang),
              )}{' '}
              <small>{check.explanation[lang]}</small>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
