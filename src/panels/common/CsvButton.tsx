import { downloadCsv, toCsv, type Cell } from '../../format/csv';
import { useT } from '../../i18n/useT';

/** Exports a table as CSV; the rows are built only when clicked. */
export function CsvButton({ filename, header, rows, label = 'CSV' }: { filename: string; header: string[]; rows: () => Cell[][]; label?: string }) {
  const t = useT();
  return (
    <button type="button" className="link-button" onClick={() => downloadCsv(filename, toCsv(header, rows()))} aria-label={t.panel.exportCsv(filename)}>
      ⭳ {label}
    </button>
  );
}
