// Long lists show a page at a time (a site may hold thousands of facilities in large data sets), so
// opening a panel never builds more DOM than a few hundred items.
import { useState } from 'react';
import { formatNumber } from '../../format/money';
import { useI18n } from '../../i18n/useT';

export const PAGE_SIZE = 100;

export function usePage<T>(items: readonly T[], pageSize = PAGE_SIZE) {
  const [limit, setLimit] = useState(pageSize);
  const shown = items.slice(0, limit);
  return { shown, hidden: items.length - shown.length, showMore: () => setLimit((n) => n + pageSize) };
}

export function ShowMore({ hidden, onMore, pageSize = PAGE_SIZE }: { hidden: number; onMore: () => void; pageSize?: number }) {
  const { t, lang } = useI18n();
  if (hidden <= 0) return null;
  return (
    <button type="button" className="small-button show-more" onClick={onMore}>
      {t.lists.showMore(Math.min(pageSize, hidden), formatNumber(hidden, lang))}
    </button>
  );
}
