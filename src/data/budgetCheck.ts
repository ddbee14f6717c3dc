// Recomputes every budget table from its rows and reports where the seed's stated figures differ.
// The data keeps the tables as stated; this module only tells the difference (stated − computed).
import { FUNDER_KEYS, type FunderKey } from './vocabulary';
import type { Amounts, BudgetLine, BudgetTable, Project } from './schema';

export type DiscrepancyKind = 'row' | 'column' | 'total-column' | 'total-row';

export interface Discrepancy {
  projectId: string;
  tableId: string;
  kind: DiscrepancyKind;
  /** The row label (for 'row'), the funder key (for 'column'), or 'total'. */
  subject: string;
  stated: number;
  computed: number;
  /** stated − computed */
  difference: number;
}

export const sumAmounts = (amounts: Amounts): number => FUNDER_KEYS.reduce((sum, key) => sum + (amounts[key] ?? 0), 0);

export const columnSum = (lines: readonly BudgetLine[], key: FunderKey): number => lines.reduce((sum, line) => sum + (line.amounts[key] ?? 0), 0);

export const linesTotal = (lines: readonly BudgetLine[]): number => lines.reduce((sum, line) => sum + line.total, 0);

/** The part of a table's total that the seed does not split by funder. */
export const unsplitTotal = (lines: readonly BudgetLine[]): number => lines.filter((line) => line.unsplit).reduce((sum, line) => sum + line.total, 0);

export function checkBudgetTable(projectId: string, table: BudgetTable): Discrepancy[] {
  const found: Discrepancy[] = [];
  const report = (kind: DiscrepancyKind, subject: string, stated: number, computed: number) => {
    if (stated !== computed) found.push({ projectId, tableId: table.id, kind, subject, stated, computed, difference: stated - computed });
  };
  for (const line of table.lines) {
    if (!line.unsplit) report('row', line.row, line.total, sumAmounts(line.amounts));
  }
  if (table.lines.length > 0) {
    for (const key of FUNDER_KEYS) {
      const computed = columnSum(table.lines, key);
      const stated = table.stated.amounts[key] ?? 0;
      if (computed !== 0 || table.stated.amounts[key] !== undefined) report('column', key, stated, computed);
    }
    report('total-column', 'total', table.stated.total, linesTotal(table.lines));
  }
  report('total-row', 'total', table.stated.total, sumAmounts(table.stated.amounts) + unsplitTotal(table.lines));
  return found;
}

export function checkProjectBudgets(projects: readonly Project[]): Discrepancy[] {
  return projects.flatMap((project) => project.budgets.flatMap((table) => checkBudgetTable(project.id, table)));
}

export function describeDiscrepancy(d: Discrepancy): string {
  const what =
    d.kind === 'row'
      ? `row "${d.subject}": stated total vs sum of its funders`
      : d.kind === 'column'
        ? `column ${d.subject}: stated total row vs sum of the rows`
        : d.kind === 'total-column'
          ? 'grand total: stated vs sum of the row totals'
          : 'grand total: stated vs sum of the funder totals';
  return `${d.projectId} / ${d.tableId}, ${what}`;
}
