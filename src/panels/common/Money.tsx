import { formatMoney, formatMoneyExact } from '../../format/money';
import { useI18n } from '../../i18n/useT';

/** A compact amount (€ 64,0 mln / €64.0m) with the exact figure on hover and for assistive tech. */
export function Money({ value }: { value: number }) {
  const { lang } = useI18n();
  const exact = formatMoneyExact(value, lang);
  return (
    <span className="money" title={exact} data-exact={value}>
      {formatMoney(value, lang)}
    </span>
  );
}
