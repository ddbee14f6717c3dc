import { describe, expect, it } from 'vitest';
import { checkBudgetTable, columnSum, sumAmounts } from '../../src/data/budgetCheck';
import type { BudgetTable } from '../../src/data/schema';

const source = [{ doc: '002_a3a0aeb9e6c1e11b.txt' as const, section: 'test' }];
const label = { nl: 'x', en: 'x' };

function tableOf(partial: Partial<BudgetTable>): BudgetTable {
  return { id: 't', title: label, columns: ['private', 'national'], lines: [], stated: { total: 0, amounts: {} }, sources: source, ...partial };
}

describe('budget check', () => {
  it('sums amounts, treating absent funders as nothing', () => {
    expect(sumAmounts({ private: 100, national: 50 })).toBe(150);
    expect(sumAmounts({})).toBe(0);
    expect(
      columnSum(
        [
          { row: 'a', label, total: 1, amounts: { private: 3 } },
          { row: 'b', label, total: 1, amounts: {} },
        ],
        'private',
      ),
    ).toBe(3);
  });

  it('finds nothing in a table that adds up', () => {
    const table = tableOf({
      lines: [
        { row: 'a', label, total: 300, amounts: { private: 100, national: 200 } },
        { row: 'b', label, total: 100, amounts: { private: 100, national: 0 } },
      ],
      stated: { total: 400, amounts: { private: 200, national: 200 } },
    });
    expect(checkBudgetTable('p', table)).toEqual([]);
  });

  it('reports a row, a column and both grand totals, as stated − computed', () => {
    const table = tableOf({
      lines: [
        { row: 'a', label, total: 310, amounts: { private: 100, national: 200 } },
        { row: 'b', label, total: 100, amounts: { private: 100, national: 0 } },
      ],
      stated: { total: 400, amounts: { private: 200, national: 150 } },
    });
    expect(checkBudgetTable('p', table)).toEqual([
      { projectId: 'p', tableId: 't', kind: 'row', subject: 'a', stated: 310, computed: 300, difference: 10 },
      { projectId: 'p', tableId: 't', kind: 'column', subject: 'national', stated: 150, computed: 200, difference: -50 },
      { projectId: 'p', tableId: 't', kind: 'total-column', subject: 'total', stated: 400, computed: 410, difference: -10 },
      { projectId: 'p', tableId: 't', kind: 'total-row', subject: 'total', stated: 400, computed: 350, difference: 50 },
    ]);
  });

  it('does not sum rows the seed leaves unsplit, but counts them in the grand total', () => {
    const table = tableOf({
      lines: [
        { row: 'region', label, total: 25, amounts: {}, unsplit: true },
        { row: 'national', label, total: 25, amounts: { national: 25 } },
      ],
      stated: { total: 50, amounts: { national: 25 } },
    });
    expect(checkBudgetTable('p', table)).toEqual([]);
  });

  it('checks a total-only table across its funders', () => {
    expect(checkBudgetTable('p', tableOf({ stated: { total: 100, amounts: { private: 60, national: 40 } } }))).toEqual([]);
    expect(checkBudgetTable('p', tableOf({ stated: { total: 100, amounts: { private: 60, national: 30 } } }))).toEqual([
      { projectId: 'p', tableId: 't', kind: 'total-row', subject: 'total', stated: 100, computed: 90, difference: 10 },
    ]);
  });
});
