import { formatMoney, formatMoneyExact, type Locale } from '../../format/money';

/** A compact amount (€ 64,0 mln / €64.0m) with the exact figure on hover and for assistive tech. */
export function Money({ value, lang }: { value: number; lang: Locale }) {
  const exact = formatMoneyExact(value, lang);
  return (
    <span className="money" title={exact} data-exact={value}>
      {formatMoney(value, lang)}
    </span>
  );
}
