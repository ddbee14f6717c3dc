import { downloadCsv, toCsv, type Cell } from '../../format/csv';

/** Exports a table as CSV; the rows are built only when clicked. */
export function CsvButton({ filename, header, rows, label = 'CSV' }: { filename: string; header: string[]; rows: () => Cell[][]; label?: string }) {
  return (
    <button type="button" className="link-button" onClick={() => downloadCsv(filename, toCsv(header, rows()))} aria-label={`Export ${filename} as CSV`}>
      ⭳ {label}
    </button>
  );
}
