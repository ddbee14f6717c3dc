import { formatMoneyExact, type Locale } from '../../format/money';

/** Shown where a seed's figures do not add up: the stated figure, the computed one, and the difference. */
export function DiscrepancyBadge({ stated, computed, lang, what }: { stated: number; computed: number; lang: Locale; what: string }) {
  if (stated === computed) return null;
  const difference = stated - computed;
  return (
    <p className="badge badge--warn" role="note" data-testid="discrepancy">
      <strong>Sums differ</strong> ({what}): the source states {formatMoneyExact(stated, lang)}, its parts add up to {formatMoneyExact(computed, lang)} — a difference of{' '}
      {formatMoneyExact(difference, lang)}. The atlas shows the figures as stated.
    </p>
  );
}
