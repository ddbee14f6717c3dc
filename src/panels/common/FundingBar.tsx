// Funding by funder as a stacked bar, with an accessible table twin and CSV export.
import type { FunderTotals } from '../../data/derive';
import { FUNDER_KEYS } from '../../data/vocabulary';
import { useT } from '../../i18n/useT';
import { FUNDER_COLORS } from '../labels';
import { CsvButton } from './CsvButton';
import { Money } from './Money';

interface Props {
  totals: FunderTotals;
  caption: string;
  csvName: string;
}

export function FundingBar({ totals, caption, csvName }: Props) {
  const t = useT();
  const base = Math.max(totals.computed, 1);
  const keys = FUNDER_KEYS.filter((k) => totals.byFunder[k] > 0);
  return (
    <figure className="funding">
      <div className="funding__bar" aria-hidden="true">
        {keys.map((key) => (
          <span key={key} style={{ width: `${(totals.byFunder[key] / base) * 100}%`, background: FUNDER_COLORS[key] }} title={t.funders[key]} />
        ))}
      </div>
      <table className="data-table" data-testid="funding-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.budget.funder}</th>
            <th scope="col" className="num">
              {t.budget.amount}
            </th>
            <th scope="col" className="num">
              {t.budget.share}
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key}>
              <th scope="row">
                <span className="swatch-box" style={{ background: FUNDER_COLORS[key] }} aria-hidden="true" />
                {t.funders[key]}
              </th>
              <td className="num">
                <Money value={totals.byFunder[key]} />
              </td>
              <td className="num">{Math.round((totals.byFunder[key] / base) * 100)}%</td>
            </tr>
          ))}
          {totals.unsplit > 0 && (
            <tr>
              <th scope="row">{t.budget.unsplit}</th>
              <td className="num">
                <Money value={totals.unsplit} />
              </td>
              <td />
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.budget.sumOfFunders}</th>
            <td className="num">
              <Money value={totals.computed} />
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
      <CsvButton filename={csvName} header={['funder', 'amount_eur']} rows={() => keys.map((k) => [k, totals.byFunder[k]])} />
    </figure>
  );
}
