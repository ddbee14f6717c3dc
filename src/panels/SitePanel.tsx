import { geometrySourceLine } from '../data/documents';
import type { AtlasData } from '../data/atlasData';
import { budgetLinesForSite, childSites, figuresForSite, milestonesForSite, partnersForSite, projectPartnersForSite, siteById, siteFunding } from '../data/derive';
import type { SiteFeature } from '../data/schema';
import type { Selection } from '../state/selectionSlice';
import { DiscrepancyBadge } from './common/Discrepancy';
import { FundingBar } from './common/FundingBar';
import { KeyFigureList } from './common/KeyFigureList';
import { Money } from './common/Money';
import { PanelShell } from './common/PanelShell';
import { ShowMore, usePage } from './common/Paged';
import { SelectChips } from './common/SelectChips';
import { SourceList } from './common/SourceList';
import { Timeline } from './common/Timeline';
import { useT, useI18n } from '../i18n/useT';

/** Only http(s) addresses become links: the build checked the data, and a page never trusts it blindly. */
const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

interface Props {
  site: SiteFeature;
  data: AtlasData;
  inCompare: boolean;
  compareFull: boolean;
  onToggleCompare: () => void;
  onPrint: () => void;
  onSelect: (selection: Selection) => void;
  onClose: () => void;
}

export function SitePanel({ site, data, inCompare, compareFull, onToggleCompare, onPrint, onSelect, onClose }: Props) {
  const { lang } = useI18n();
  const t = useT();
  const p = site.properties;
  const lines = budgetLinesForSite(data, p.id);
  const funding = siteFunding(data, p.id);
  const facilities = childSites(data, p.id);
  const parent = p.parentSiteId ? siteById(data, p.parentSiteId) : undefined;
  const partnerGroups = partnersForSite(data, p.id);
  const viaProjects = projectPartnersForSite(data, p.id);
  const figures = figuresForSite(data, p.id);
  const outlines = data.outlines.features.filter((o) => o.properties.siteId === p.id);

  return (
    <PanelShell
      kind="site"
      title={p.name[lang]}
      subtitle={`${t.kinds[p.kind]} · ${t.regions[p.region]}`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="small-button" onClick={onPrint} aria-label={t.site.printLabel}>
            {t.site.factSheet}
          </button>
          <button type="button" className="small-button" aria-pressed={inCompare} disabled={!inCompare && compareFull} onClick={onToggleCompare}>
            {inCompare ? t.site.comparing : t.site.compare}
          </button>
        </>
      }
    >
      <dl className="facts">
        <dt>{t.site.municipality}</dt>
        <dd>{p.municipality}</dd>
        {p.address && (
          <>
            <dt>{t.site.address}</dt>
            <dd>{p.address}</dd>
          </>
        )}
        <dt>{t.site.position}</dt>
        <dd data-testid="site-position">
          {t.site.accuracy[p.accuracy]}
          {p.uncertaintyM !== undefined && t.site.uncertainty(p.uncertaintyM)}
        </dd>
        {/* An outlined site names each outline's source below; a point (the surveyed quay, a town) names its own. */}
        {p.geometrySource && outlines.length === 0 && (
          <>
            <dt>{t.site.geometrySource}</dt>
            <dd data-testid="geometry-source">{geometrySourceLine(p.geometrySource)}</dd>
          </>
        )}
        {outlines.map((o) => (
          <div key={o.properties.id} className="facts__pair" data-testid="outline-source">
            <dt>{t.site.outlines}</dt>
            <dd>
              {o.properties.name[lang]}: {geometrySourceLine(o.properties)}
            </dd>
          </div>
        ))}
        {p.sectors.length > 0 && (
          <>
            <dt>{t.site.sectors}</dt>
            <dd>{p.sectors.map((sector) => sector[lang]).join(', ')}</dd>
          </>
        )}
        {p.website && isWebAddress(p.website) && (
          <>
            <dt>{t.site.website}</dt>
            <dd>
              <a href={p.website} target="_blank" rel="noopener noreferrer">
                {p.website.replace(/^https?:\/\//i, '')}
              </a>
            </dd>
          </>
        )}
        {parent && (
          <>
            <dt>{t.site.partOf}</dt>
            <dd>
              <button type="button" className="link-button" onClick={() => onSelect({ kind: 'site', id: parent.properties.id })}>
                {parent.properties.name[lang]}
              </button>
            </dd>
          </>
        )}
      </dl>
      <p>{p.summary[lang]}</p>

      {facilities.length > 0 && <FacilityList key={p.id} facilities={facilities} onSelect={onSelect} />}

      <section data-testid="site-budget">
        <h3>{t.panel.budget}</h3>
        {lines.length === 0 ? (
          <p className="muted">{t.site.noBudget}</p>
        ) : (
          <>
            <p>
              <Money value={funding.stated} />
              {t.site.budgetLines(lines.length)}
            </p>
            <ul className="plain-list">
              {lines.map(({ project, table, line, computed }) => (
                <li key={`${table.id}-${line.row}`}>
                  <button type="button" className="link-button budget-line__project" onClick={() => onSelect({ kind: 'project', id: project.id })}>
                    {project.name[lang]}
                  </button>
                  {t.site.row(line.row)}
                  <Money value={line.total} />
                  {line.note && <small className="note">{line.note[lang]}</small>}
                  {!line.unsplit && <DiscrepancyBadge stated={line.total} computed={computed} what={t.site.rowWhat(line.row)} />}
                </li>
              ))}
            </ul>
            <FundingBar totals={funding} caption={t.site.fundingCaption} csvName={`${p.id}-funding.csv`} />
          </>
        )}
      </section>

      {figures.length > 0 && (
        <section>
          <h3>{t.panel.keyFigures}</h3>
          <KeyFigureList figures={figures} />
        </section>
      )}

      <section data-testid="site-partners">
        <h3>{t.panel.partners}</h3>
        <h4>{t.site.atThisSite}</h4>
        {partnerGroups.length === 0 && <p className="muted">{t.site.noPartners}</p>}
        {partnerGroups.map((group) => (
          <div key={group.type} className="partner-group" data-testid="site-own-partners">
            <h5>
              {t.partnerTypes[group.type]} <span className="count">{group.partners.length}</span>
            </h5>
            <SelectChips items={group.partners.map((partner) => ({ selection: { kind: 'partner', id: partner.id }, label: partner.name }))} onSelect={onSelect} />
          </div>
        ))}
        {viaProjects.map(({ project, partners }) => (
          <details key={project.id} className="partner-group" data-testid="site-project-partners">
            <summary>
              {t.site.throughProject(project.name[lang])} <span className="count">{partners.length}</span>
            </summary>
            <SelectChips items={partners.map((partner) => ({ selection: { kind: 'partner', id: partner.id }, label: partner.name }))} onSelect={onSelect} />
          </details>
        ))}
      </section>

      <section>
        <h3>{t.panel.milestones}</h3>
        <Timeline milestones={milestonesForSite(data, p.id)} />
      </section>

      <SourceList sources={[...p.sources, ...lines.flatMap((l) => l.table.sources.map((s) => ({ ...s, row: l.line.row })))]} />
    </PanelShell>
  );
}

/**
 * A park's facilities, 25 at a time: the panel is narrow and has budgets, partners and sources below the list,
 * which a longer page would push far down. (With thousands of facilities, a page of 100 also made a park's
 * click 30–50 ms slower in the stress bench.)
 */
export const FACILITY_PAGE = 25;

function FacilityList({ facilities, onSelect }: { facilities: readonly SiteFeature[]; onSelect: (selection: Selection) => void }) {
  const { lang } = useI18n();
  const t = useT();
  const { shown, more } = usePage(facilities, FACILITY_PAGE);
  return (
    <section>
      <h3>{t.site.facilities}</h3>
      <ul className="plain-list">
        {shown.map((f) => (
          <li key={f.properties.id}>
            <button type="button" className="link-button" onClick={() => onSelect({ kind: 'site', id: f.properties.id })}>
              {f.properties.name[lang]}
            </button>
          </li>
        ))}
      </ul>
      <ShowMore {...more} />
    </section>
  );
}
