import type { AtlasData } from '../data/atlasData';
import { budgetLinesForSite, childSites, figuresForSite, milestonesForSite, partnersForSite, projectById, siteById, siteFunding } from '../data/derive';
import type { SiteFeature } from '../data/schema';
import { formatNumber, type Locale } from '../format/money';
import type { Selection } from '../state/selectionSlice';
import { DiscrepancyBadge } from './common/Discrepancy';
import { FundingBar } from './common/FundingBar';
import { Money } from './common/Money';
import { PanelShell } from './common/PanelShell';
import { SourceList } from './common/SourceList';
import { Timeline } from './common/Timeline';
import { KIND_LABELS, PARTNER_TYPE_LABELS, REGION_LABELS } from './labels';

interface Props {
  site: SiteFeature;
  data: AtlasData;
  lang: Locale;
  inCompare: boolean;
  compareFull: boolean;
  onToggleCompare: () => void;
  onPrint: () => void;
  onSelect: (selection: Selection) => void;
  onClose: () => void;
}

const UNIT_SUFFIX: Record<string, string> = { km: 'km', m2: 'm²', percent: '%', tonnes: 't', kg: 'kg', persons: 'people', count: '' };

export function SitePanel({ site, data, lang, inCompare, compareFull, onToggleCompare, onPrint, onSelect, onClose }: Props) {
  const p = site.properties;
  const lines = budgetLinesForSite(data, p.id);
  const funding = siteFunding(data, p.id);
  const facilities = childSites(data, p.id);
  const parent = p.parentSiteId ? siteById(data, p.parentSiteId) : undefined;
  const partnerGroups = partnersForSite(data, p.id);
  const figures = figuresForSite(data, p.id);

  return (
    <PanelShell
      kind="site"
      title={p.name[lang]}
      subtitle={`${KIND_LABELS[p.kind]} · ${REGION_LABELS[p.region]}`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="small-button" onClick={onPrint} aria-label="Print fact sheet">
            Fact sheet
          </button>
          <button type="button" className="small-button" aria-pressed={inCompare} disabled={!inCompare && compareFull} onClick={onToggleCompare}>
            {inCompare ? '✓ Comparing' : '+ Compare'}
          </button>
        </>
      }
    >
      <dl className="facts">
        <dt>Municipality</dt>
        <dd>{p.municipality}</dd>
        {p.address && (
          <>
            <dt>Address</dt>
            <dd>{p.address}</dd>
          </>
        )}
        <dt>Position</dt>
        <dd>{p.accuracy === 'surveyed' ? 'Surveyed' : 'Approximate (centre of the area)'}</dd>
        {p.sectors.length > 0 && (
          <>
            <dt>Sectors</dt>
            <dd>{p.sectors.join(', ')}</dd>
          </>
        )}
        {p.website && (
          <>
            <dt>Website</dt>
            <dd>
              <a href={p.website} target="_blank" rel="noopener noreferrer">
                {p.website.replace(/^https?:\/\//i, '')}
              </a>
            </dd>
          </>
        )}
        {parent && (
          <>
            <dt>Part of</dt>
            <dd>
              <button type="button" className="link-button" onClick={() => onSelect({ kind: 'site', id: parent.properties.id })}>
                {parent.properties.name[lang]}
              </button>
            </dd>
          </>
        )}
      </dl>
      <p>{p.summary[lang]}</p>

      {facilities.length > 0 && (
        <section>
          <h3>Facilities and sub-projects</h3>
          <ul className="plain-list">
            {facilities.map((f) => (
              <li key={f.properties.id}>
                <button type="button" className="link-button" onClick={() => onSelect({ kind: 'site', id: f.properties.id })}>
                  {f.properties.name[lang]}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section data-testid="site-budget">
        <h3>Budget</h3>
        {lines.length === 0 ? (
          <p className="muted">The sources tie no budget line to this site.</p>
        ) : (
          <>
            <p>
              <Money value={funding.stated} lang={lang} /> in {lines.length === 1 ? 'one budget line' : `${lines.length} budget lines`}:
            </p>
            <ul className="plain-list">
              {lines.map(({ project, table, line, computed }) => (
                <li key={`${table.id}-${line.row}`}>
                  <button type="button" className="link-button" onClick={() => onSelect({ kind: 'project', id: project.id })}>
                    {project.name[lang]}
                  </button>
                  , row “{line.row}”: <Money value={line.total} lang={lang} />
                  {line.note && <small className="note">{line.note[lang]}</small>}
                  {!line.unsplit && <DiscrepancyBadge stated={line.total} computed={computed} lang={lang} what={`row “${line.row}”`} />}
                </li>
              ))}
            </ul>
            <FundingBar totals={funding} lang={lang} caption="Funding by funder (as stated per funder)" csvName={`${p.id}-funding.csv`} />
          </>
        )}
      </section>

      {figures.length > 0 && (
        <section>
          <h3>Key figures</h3>
          <ul className="plain-list">
            {figures.map((f) => (
              <li key={f.id}>
                {f.label[lang]}:{' '}
                <strong>
                  {f.unit === 'EUR' ? <Money value={f.value} lang={lang} /> : `${formatNumber(f.value, lang)}${f.valueMax ? `–${formatNumber(f.valueMax, lang)}` : ''} ${UNIT_SUFFIX[f.unit] ?? ''}`}
                  {f.unit === 'EUR' && f.valueMax ? <> – <Money value={f.valueMax} lang={lang} /></> : null}
                </strong>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section data-testid="site-partners">
        <h3>Partners</h3>
        {partnerGroups.length === 0 && <p className="muted">No partners named for this site.</p>}
        {partnerGroups.map((group) => (
          <div key={group.type} className="partner-group">
            <h4>
              {PARTNER_TYPE_LABELS[group.type]} <span className="count">{group.partners.length}</span>
            </h4>
            <ul className="chips">
              {group.partners.map(({ partner, reasons }) => (
                <li key={partner.id}>
                  <button
                    type="button"
                    className="chip"
                    onClick={() => onSelect({ kind: 'partner', id: partner.id })}
                    title={reasons.map((r) => (r.kind === 'site' ? 'at this site' : `in ${projectById(data, r.projectId)?.name[lang]}`)).join('; ')}
                  >
                    {partner.name}
                    {reasons.some((r) => r.kind === 'site') && <span aria-label="(at this site)"> ●</span>}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {partnerGroups.length > 0 && <p className="note">● named at this site; the others take part in its projects.</p>}
      </section>

      <section>
        <h3>Milestones</h3>
        <Timeline milestones={milestonesForSite(data, p.id)} lang={lang} />
      </section>

      <SourceList sources={[...p.sources, ...lines.flatMap((l) => l.table.sources.map((s) => ({ ...s, row: l.line.row })))]} />
    </PanelShell>
  );
}
