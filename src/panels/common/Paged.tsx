// Long lists show a page at a time (a site may hold thousands of facilities in large data sets), so
// opening a panel never builds more DOM than a few hundred items.
import { useState } from 'react';
import { formatNumber } from '../../format/money';
import { useI18n } from '../../i18n/useT';

export const PAGE_SIZE = 100;

interface ShowMoreProps {
  hidden: number;
  onMore: () => void;
  pageSize: number;
}

/** The items shown so far, and the props of their ShowMore button (so the page size is given once). */
export function usePage<T>(items: readonly T[], pageSize = PAGE_SIZE): { shown: readonly T[]; more: ShowMoreProps } {
  const [limit, setLimit] = useState(pageSize);
  const shown = items.slice(0, limit);
  return { shown, more: { hidden: items.length - shown.length, onMore: () => setLimit((n) => n + pageSize), pageSize } };
}

export function ShowMore({ hidden, onMore, pageSize }: ShowMoreProps) {
  const { t, lang } = useI18n();
  if (hidden <= 0) return null;
  return (
    <button type="button" className="small-button show-more" onClick={onMore}>
      {t.lists.showMore(Math.min(pageSize, hidden), formatNumber(hidden, lang))}
    </button>
  );
}
