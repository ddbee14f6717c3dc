// A one-page fact sheet per site, laid out for print (the browser's print to PDF gives a clean page).
import type { AtlasData } from '../data/atlasData';
import { budgetLinesForSite, milestonesForSite, partnersForSite, siteById, siteFunding } from '../data/derive';
import { FUNDER_KEYS } from '../data/schema';
import { formatMoneyExact, type Locale } from '../format/money';
import { FUNDER_LABELS, KIND_LABELS, PARTNER_TYPE_LABELS } from './labels';

export function FactSheet({ data, siteId, lang }: { data: AtlasData; siteId: string; lang: Locale }) {
  const site = siteById(data, siteId);
  if (!site) return null;
  const p = site.properties;
  const funding = siteFunding(data, siteId);
  const lines = budgetLinesForSite(data, siteId);
  return (
    <article className="factsheet" data-testid="factsheet">
      <header>
        <p className="factsheet__brand">Twente Atlas · fact sheet</p>
        <h1>{p.name[lang]}</h1>
        <p>
          {KIND_LABELS[p.kind]} · {p.municipality} · position {p.accuracy}
        </p>
      </header>
      <p>{p.summary[lang]}</p>
      <h2>Budget</h2>
      {lines.length === 0 ? (
        <p>The sources tie no budget line to this site.</p>
      ) : (
        <>
          <p>
            Total budget (as stated): <strong>{formatMoneyExact(funding.stated, lang)}</strong>
            {funding.computed !== funding.stated && <> — funders add up to {formatMoneyExact(funding.computed, lang)}</>}
          </p>
          <table>
            <tbody>
              {FUNDER_KEYS.filter((k) => funding.byFunder[k] > 0).map((k) => (
                <tr key={k}>
                  <th>{FUNDER_LABELS[k]}</th>
                  <td>{formatMoneyExact(funding.byFunder[k], lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2>Partners</h2>
      {partnersForSite(data, siteId).map((g) => (
        <p key={g.type}>
          <strong>{PARTNER_TYPE_LABELS[g.type]}:</strong> {g.partners.map((x) => x.partner.name).join(', ')}
        </p>
      ))}
      <h2>Milestones</h2>
      <ul>
        {milestonesForSite(data, siteId).map((m, i) => (
          <li key={i}>
            {m.yearEnd && m.yearEnd !== m.year ? `${m.year}–${m.yearEnd}` : m.year}: {m.label[lang]}
          </li>
        ))}
      </ul>
      <footer>
        Sources: {[...new Set([...p.sources, ...lines.flatMap((l) => l.table.sources)].map((s) => `${s.doc} (${s.section})`))].join('; ')}
      </footer>
    </article>
  );
}
