// A one-page fact sheet per site, laid out for print (the browser's print to PDF gives a clean page).
import { useEffect } from 'react';
import type { AtlasData } from '../data/atlasData';
import { budgetLinesForSite, milestonesForSite, partnersForSite, projectPartnersForSite, siteById, siteFunding } from '../data/derive';
import { asOfYear, geometrySourceLine, sourceLine } from '../data/documents';
import { FUNDER_KEYS } from '../data/vocabulary';
import { formatMoneyExact } from '../format/money';
import { useT, useI18n } from '../i18n/useT';

/** `onShown` runs once the sheet is in the page (it loads on demand), so printing never catches it half-way. */
export function FactSheet({ data, siteId, onShown }: { data: AtlasData; siteId: string; onShown?: () => void }) {
  const { lang } = useI18n();
  const t = useT();
  useEffect(() => onShown?.(), [siteId, onShown]);
  const site = siteById(data, siteId);
  if (!site) return null;
  const p = site.properties;
  const funding = siteFunding(data, siteId);
  const lines = budgetLinesForSite(data, siteId);
  return (
    <article className="factsheet" data-testid="factsheet">
      <header>
        <p className="factsheet__brand">{t.factSheet.brand}</p>
        <h1>{p.name[lang]}</h1>
        <p>
          {t.kinds[p.kind]} · {p.municipality} · {t.factSheet.position[p.accuracy]}
        </p>
      </header>
      <p>{p.summary[lang]}</p>
      <h2>{t.panel.budget}</h2>
      {lines.length === 0 ? (
        <p>{t.site.noBudget}</p>
      ) : (
        <>
          <p>
            {t.factSheet.total}
            <strong>{formatMoneyExact(funding.stated, lang)}</strong>
            {funding.computed !== funding.stated && t.factSheet.fundersAddUp(formatMoneyExact(funding.computed, lang))}
          </p>
          <table>
            <tbody>
              {FUNDER_KEYS.filter((k) => funding.byFunder[k] > 0).map((k) => (
                <tr key={k}>
                  <th>{t.funders[k]}</th>
                  <td>{formatMoneyExact(funding.byFunder[k], lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2>{t.panel.partners}</h2>
      {partnersForSite(data, siteId).map((g) => (
        <p key={g.type}>
          <strong>{t.partnerTypes[g.type]}:</strong> {g.partners.map((x) => x.name).join(', ')}
        </p>
      ))}
      {projectPartnersForSite(data, siteId).map(({ project, partners }) => (
        <p key={project.id}>
          <strong>{t.site.throughProject(project.name[lang])}:</strong> {partners.map((x) => x.name).join(', ')}
        </p>
      ))}
      <h2>{t.panel.milestones}</h2>
      <ul>
        {milestonesForSite(data, siteId).map((m, i) => (
          <li key={i}>
            {m.yearEnd && m.yearEnd !== m.year ? `${m.year}–${m.yearEnd}` : m.year}: {m.label[lang]}
          </li>
        ))}
      </ul>
      <footer>
        {t.panel.asOf(asOfYear([...p.sources, ...lines.flatMap((l) => l.table.sources)]))}. {t.factSheet.sources}
        {[...new Set([...p.sources, ...lines.flatMap((l) => l.table.sources)].map((s) => sourceLine(s, lang)))].join('; ')}
        {p.geometrySource && ` · ${t.site.geometrySource} ${geometrySourceLine(p.geometrySource)}`}
      </footer>
    </article>
  );
}
