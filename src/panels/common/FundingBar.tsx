// Funding by funder as a stacked bar, with an accessible table twin and CSV export.
import type { FunderTotals } from '../../data/derive';
import { FUNDER_KEYS } from '../../data/schema';
import type { Locale } from '../../format/money';
import { FUNDER_COLORS, FUNDER_LABELS } from '../labels';
import { CsvButton } from './CsvButton';
import { Money } from './Money';

interface Props {
  totals: FunderTotals;
  lang: Locale;
  caption: string;
  csvName: string;
}

export function FundingBar({ totals, lang, caption, csvName }: Props) {
  const base = Math.max(totals.computed, 1);
  const keys = FUNDER_KEYS.filter((k) => totals.byFunder[k] > 0);
  return (
    <figure className="funding">
      <div className="funding__bar" aria-hidden="true">
        {keys.map((key) => (
          <span key={key} style={{ width: `${(totals.byFunder[key] / base) * 100}%`, background: FUNDER_COLORS[key] }} title={`${FUNDER_LABELS[key]}`} />
        ))}
      </div>
      <table className="data-table" data-testid="funding-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Funder</th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col" className="num">
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key}>
              <th scope="row">
                <span className="swatch-box" style={{ background: FUNDER_COLORS[key] }} aria-hidden="true" />
                {FUNDER_LABELS[key]}
              </th>
              <td className="num">
                <Money value={totals.byFunder[key]} lang={lang} />
              </td>
              <td className="num">{Math.round((totals.byFunder[key] / base) * 100)}%</td>
            </tr>
          ))}
          {totals.unsplit > 0 && (
            <tr>
              <th scope="row">Not split by funder in the source</th>
              <td className="num">
                <Money value={totals.unsplit} lang={lang} />
              </td>
              <td />
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Sum of funders</th>
            <td className="num">
              <Money value={totals.computed} lang={lang} />
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
      <CsvButton filename={csvName} header={['funder', 'amount_eur']} rows={() => keys.map((k) => [FUNDER_LABELS[k], totals.byFunder[k]])} />
    </figure>
  );
}
