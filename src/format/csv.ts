import { downloadBlob } from '../export/download';

// CSV (RFC 4180) that spreadsheets open safely: every cell quoted where needed, and text cells that a
// spreadsheet would run as a formula (= + - @, tab, CR) prefixed with a single quote.
export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Offers a CSV file for download (UTF-8 with BOM so spreadsheet apps read the euro sign and accents). */
export function downloadCsv(filename: string, csv: string): void {
  downloadBlob(filename, new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
}
