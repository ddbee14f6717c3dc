import { downloadCsv, toCsv, type Cell } from '../../format/csv';
import { useT } from '../../i18n/useT';

/** Exports a table as CSV; the rows are built only when clicked. */
export function CsvButton({ filename, header, rows, label = 'CSV' }: { filename: string; header: string[]; rows: () => Cell[][]; label?: string }) {
  const t = useT();
  return (
    <button type="button" className="link-button" onClick={() => downloadCsv(filename, toCsv(header, rows()))} aria-label={t.panel.exportCsv(filename)}>
      <DownloadIcon /> {label}
    </button>
  );
}

/** Drawn, not a character: the download arrow (U+2B73) is in none of the usual fonts and showed as a box. */
function DownloadIcon() {
  return (
    <svg className="icon" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M6 1v7M3 5.5 6 8.5 9 5.5M1.5 11h9" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
