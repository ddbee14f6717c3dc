// A seed's budget table as stated, with computed sums beside it and every difference marked.
import { columnSum, linesTotal, sumAmounts, unsplitTotal } from '../../data/budgetCheck';
import { FUNDER_KEYS, type FunderKey } from '../../data/vocabulary';
import type { BudgetTable } from '../../data/schema';
import { formatMoneyExact } from '../../format/money';
import { useT, useI18n } from '../../i18n/useT';
import { sourceLine } from '../../data/documents';
import { CsvButton } from './CsvButton';
import { DiscrepancyBadge } from './Discrepancy';
import { Money } from './Money';
import { TableScroll } from './TableScroll';

const Cell = ({ value, flag }: { value: number | undefined; flag?: boolean }) => (
  <td className={`num${flag ? ' num--differs' : ''}`}>{value === undefined ? <span className="muted">–</span> : <Money value={value} />}</td>
);

export function BudgetTableView({ table, csvName }: { table: BudgetTable; csvName: string }) {
  const { lang } = useI18n();
  const t = useT();
  const keys: FunderKey[] = FUNDER_KEYS.filter((k) => table.columns.includes(k) || table.stated.amounts[k] !== undefined || table.lines.some((l) => l.amounts[k] !== undefined));
  const hasLines = table.lines.length > 0;
  const statedRowSum = sumAmounts(table.stated.amounts) + unsplitTotal(table.lines);
  return (
    <div className="budget-table" data-testid={`budget-${table.id}`}>
      <TableScroll>
        <table className="data-table">
          <caption>{table.title[lang]}</caption>
          <thead>
            <tr>
              <th scope="col">{t.budget.line}</th>
              <th scope="col" className="num">
                {t.budget.totalStated}
              </th>
              {keys.map((k) => (
                <th scope="col" className="num" key={k}>
                  {t.funders[k]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.lines.map((line) => {
              const computed = sumAmounts(line.amounts);
              const differs = !line.unsplit && computed !== line.total;
              return (
                <tr key={line.row}>
                  <th scope="row">
                    {line.label[lang]}
                    {differs && (
                      <span className="badge badge--warn badge--inline" title={t.budget.sumsDifferTitle(formatMoneyExact(line.total, lang), formatMoneyExact(computed, lang))}>
                        {t.budget.sumsDiffer}
                      </span>
                    )}
                    {line.note && <small className="note">{line.note[lang]}</small>}
                  </th>
                  <Cell value={line.total} flag={differs} />
                  {keys.map((k) => (
                    <Cell key={k} value={line.amounts[k]} />
                  ))}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.budget.totalAsStated}</th>
              <Cell value={table.stated.total} flag={table.stated.total !== statedRowSum || (hasLines && table.stated.total !== linesTotal(table.lines))} />
              {keys.map((k) => (
                <Cell key={k} value={table.stated.amounts[k]} flag={hasLines && (table.stated.amounts[k] ?? 0) !== columnSum(table.lines, k)} />
              ))}
            </tr>
            {hasLines && (
              <tr className="computed-row">
                <th scope="row">{t.budget.computedRow}</th>
                <Cell value={linesTotal(table.lines)} />
                {keys.map((k) => (
                  <Cell key={k} value={columnSum(table.lines, k)} />
                ))}
              </tr>
            )}
          </tfoot>
        </table>
      </TableScroll>
      {hasLines && <DiscrepancyBadge stated={table.stated.total} computed={linesTotal(table.lines)} what={t.budget.totalVsLines} />}
      <DiscrepancyBadge stated={table.stated.total} computed={statedRowSum} what={t.budget.totalVsFunders} />
      {table.notes?.map((note) => (
        <p className="note" key={note.en}>
          {note[lang]}
        </p>
      ))}
      <CsvButton
        filename={csvName}
        header={['line', 'total_stated_eur', ...keys.map((k) => `${k}_eur`), 'funders_sum_eur']}
        rows={() => [
          ...table.lines.map((l) => [l.row, l.total, ...keys.map((k) => l.amounts[k] ?? null), l.unsplit ? null : sumAmounts(l.amounts)]),
          [t.budget.totalAsStated, table.stated.total, ...keys.map((k) => table.stated.amounts[k] ?? null), sumAmounts(table.stated.amounts)],
          [`${t.factSheet.sources}${table.sources.map((s) => sourceLine(s, lang)).join('; ')}`],
        ]}
      />
    </div>
  );
}
