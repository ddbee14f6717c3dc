import { describe, expect, it, vi } from 'vitest';
import { csvCell, toCsv } from '../../src/format/csv';
import { formatMoney, formatMoneyExact, formatNumber } from '../../src/format/money';

describe('money', () => {
  it.each([
    [64_000_000, '€ 64,0 mln', '€64.0m'],
    [6_330_000, '€ 6,33 mln', '€6.33m'],
    [92_300_000, '€ 92,3 mln', '€92.3m'],
    [1_120_000, '€ 1,12 mln', '€1.12m'],
    [2_000_000, '€ 2,0 mln', '€2.0m'],
    [575_000, '€ 575.000', '€575,000'],
    [0, '€ 0', '€0'],
    [-3_735_000, '−€ 3,74 mln', '−€3.74m'],
  ])('%i → %s / %s', (value, nl, en) => {
    expect(formatMoney(value, 'nl').replace(/\u00a0/g, ' ')).toBe(nl);
    expect(formatMoney(value, 'en')).toBe(en);
  });

  it('gives exact values for hover and tables', () => {
    expect(formatMoneyExact(4_662_780, 'nl').replace(/\u00a0/g, ' ')).toBe('€ 4.662.780');
    expect(formatMoneyExact(4_662_780, 'en')).toBe('€4,662,780');
  });
});

describe('numbers', () => {
  it('formats small counts as the locale would, without making a NumberFormat', () => {
    const made = vi.spyOn(Intl, 'NumberFormat');
    try {
      for (const locale of ['nl', 'en'] as const) {
        for (const n of [0, 7, 26, 999]) expect(formatNumber(n, locale)).toBe(String(n));
      }
      expect(made).not.toHaveBeenCalled();
    } finally {
      made.mockRestore();
    }
    for (const n of [0, 1, 42, 999]) {
      expect(formatNumber(n, 'nl')).toBe(new Intl.NumberFormat('nl-NL').format(n));
      expect(formatNumber(n, 'en')).toBe(new Intl.NumberFormat('en-GB').format(n));
    }
  });

  it('groups thousands and keeps decimals and signs per locale', () => {
    expect(formatNumber(15_384, 'nl')).toBe('15.384');
    expect(formatNumber(15_384, 'en')).toBe('15,384');
    expect(formatNumber(2.35, 'nl', 1)).toBe('2,4');
    expect(formatNumber(2.5, 'en', 2)).toBe('2.5');
    expect(formatNumber(-5, 'en')).toBe('-5');
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Kennispark, Enschede')).toBe('"Kennispark, Enschede"');
    expect(csvCell('the "Gallery"')).toBe('"the ""Gallery"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(64000000)).toBe('64000000');
    expect(csvCell(undefined)).toBe('');
  });

  it('defuses spreadsheet formulas in text', () => {
    expect(csvCell('=cmd|"/c calc"!A1')).toBe(`"'=cmd|""/c calc""!A1"`);
    expect(csvCell('+31 53')).toBe("'+31 53");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
  });

  it('joins a header and rows with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [2, null],
        ],
      ),
    ).toBe('a,b\r\n1,x\r\n2,\r\n');
  });
});
