import { formatMoneyExact } from '../../format/money';
import { useT, useI18n } from '../../i18n/useT';

/** Shown where a seed's figures do not add up: the stated figure, the computed one, and the difference. */
export function DiscrepancyBadge({ stated, computed, what }: { stated: number; computed: number; what: string }) {
  const { lang } = useI18n();
  const t = useT();
  if (stated === computed) return null;
  // Said as "… more / less than stated": a signed difference ("−€50,000") left readers to work out which way it went.
  const difference = Math.abs(stated - computed);
  return (
    <p className="badge badge--warn" role="note" data-testid="discrepancy">
      <strong>{t.budget.discrepancyHeading}</strong>
      {t.budget.discrepancy(what, formatMoneyExact(stated, lang), formatMoneyExact(computed, lang), formatMoneyExact(difference, lang), computed > stated)}
    </p>
  );
}
