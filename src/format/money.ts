// Money per locale: compact for reading (€ 64,0 mln / €64.0m), exact for hover and tables.
export type Locale = 'nl' | 'en';

const INTL: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

// Making a NumberFormat costs far more than using one, and a panel formats hundreds of figures: keep them.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL[locale], options);
    formatters.set(key, format);
  }
  return format;
}

export function formatMoneyExact(euros: number, locale: Locale): string {
  return numberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(euros);
}

function decimal(value: number, locale: Locale, digits: number): string {
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** € 64,0 mln / €64.0m for millions; € 575.000 / €575,000 below a million. */
export function formatMoney(euros: number, locale: Locale): string {
  const sign = euros < 0 ? '−' : '';
  const abs = Math.abs(euros);
  if (abs < 1_000_000) return sign + formatMoneyExact(abs, locale);
  const millions = abs / 1_000_000;
  const digits = millions >= 100 ? 0 : millions >= 10 ? 1 : millions >= 1 && Math.round(millions * 100) % 10 !== 0 ? 2 : 1;
  return locale === 'nl' ? `${sign}€ ${decimal(millions, locale, digits)} mln` : `${sign}€${decimal(millions, locale, digits)}m`;
}

export function formatNumber(value: number, locale: Locale, digits = 0): string {
  // Counts below a thousand read the same in every locale: the interface shows many at start-up, and the
  // page's first NumberFormat costs ~30 ms in software rendering (the locale's data), which can then wait.
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A distance in km with one decimal, per locale (5,0 km / 5.0 km). */
export function formatKm(km: number, locale: Locale): string {
  return `${decimal(km, locale, 1)} km`;
}
