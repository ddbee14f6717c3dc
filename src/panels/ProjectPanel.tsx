import { mainBudget, partnerById, siteById, totalsByFunder } from '../data/derive';
import { PARTNER_TYPES } from '../data/vocabulary';
import type { Project } from '../data/schema';
import { BudgetTableView } from './common/BudgetTableView';
import { FundingBar } from './common/FundingBar';
import { KeyFigureList } from './common/KeyFigureList';
import { TextCheckList } from './common/TextCheckList';
import { Money } from './common/Money';
import { PanelShell } from './common/PanelShell';
import { SourceList } from './common/SourceList';
import { Timeline } from './common/Timeline';
import type { PanelProps } from './common/panelProps';
import { SelectChips } from './common/SelectChips';
import { useT, useI18n } from '../i18n/useT';

export function ProjectPanel({ project, data, onSelect, onClose }: PanelProps & { project: Project }) {
  const { lang } = useI18n();
  const t = useT();
  const theme = data.projects.themes.find((t) => t.id === project.theme);
  const main = mainBudget(project);
  const { start, end, durationYears } = project.period;
  const period = start && end ? t.project.range(start, end) : start ? t.project.from(start) : end ? t.project.until(end) : durationYears ? t.project.years(durationYears) : undefined;
  const partners = project.partnerIds.map((id) => partnerById(data, id)).filter((p) => p !== undefined);
  return (
    <PanelShell kind="project" title={project.name[lang]} subtitle={[t.programmes[project.programme], theme?.name[lang], period].filter(Boolean).join(' · ')} onClose={onClose}>
      <p>{project.summary[lang]}</p>
      {main && (
        <section>
          <h3>{t.panel.budget}</h3>
          <p>
            {t.project.statedTotal}
            <Money value={main.stated.total} />
          </p>
          <FundingBar totals={totalsByFunder([{ ...main.stated, unsplit: false }])} caption={t.project.fundingCaption} csvName={`${project.id}-funders.csv`} />
          {project.budgets.map((table) => (
            <BudgetTableView key={table.id} table={table} csvName={`${table.id}.csv`} />
          ))}
        </section>
      )}
      {project.siteIds.length > 0 && (
        <section>
          <h3>{t.panel.sites}</h3>
          <SelectChips items={project.siteIds.map((id) => ({ selection: { kind: 'site', id }, label: siteById(data, id)?.properties.name[lang] ?? id }))} onSelect={onSelect} />
        </section>
      )}
      <section>
        <h3>{t.panel.partners}</h3>
        {PARTNER_TYPES.map((type) => {
          const members = partners.filter((p) => p.type === type);
          if (members.length === 0) return null;
          return (
            <div key={type} className="partner-group">
              <h4>
                {t.partnerTypes[type]} <span className="count">{members.length}</span>
              </h4>
              <SelectChips items={members.map((p) => ({ selection: { kind: 'partner', id: p.id }, label: p.name }))} onSelect={onSelect} />
            </div>
          );
        })}
        {project.partnersNote && <p className="note">{project.partnersNote[lang]}</p>}
      </section>
      {project.authorities && project.authorities.length > 0 && (
        <section data-testid="project-authorities">
          <h3>{t.project.authorities}</h3>
          <ul className="plain-list">
            {project.authorities.map((a) => (
              <li key={a.partnerId}>
                <button type="button" className="link-button" onClick={() => onSelect({ kind: 'partner', id: a.partnerId })}>
                  {partnerById(data, a.partnerId)?.name ?? a.partnerId}
                </button>
                : {a.what[lang]} ({t.project.authorityStatus[a.status]})
              </li>
            ))}
          </ul>
        </section>
      )}
      {project.subProjects && project.subProjects.length > 0 && (
        <section data-testid="project-parts">
          <h3>
            {t.project.subProjects} <span className="count">{project.subProjects.length}</span>
          </h3>
          <ul className="plain-list">
            {project.subProjects.map((part) => (
              <li key={part.id}>
                {part.group && <small className="muted">{part.group[lang]}: </small>}
                {part.siteId ? (
                  <button type="button" className="link-button" onClick={() => onSelect({ kind: 'site', id: part.siteId! })} title={t.project.onMap}>
                    {part.name[lang]}
                  </button>
                ) : (
                  part.name[lang]
                )}
                {part.summary && <small className="note"> {part.summary[lang]}</small>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <TextCheckList checks={project.textChecks ?? []} />
      {project.keyFigures.length > 0 && (
        <section>
          <h3>{t.panel.keyFigures}</h3>
          <KeyFigureList figures={project.keyFigures} />
        </section>
      )}
      <section>
        <h3>{t.panel.milestones}</h3>
        <Timeline milestones={project.milestones.map((m) => ({ ...m, projectId: project.id }))} />
      </section>
      <SourceList sources={[...project.sources, ...project.budgets.flatMap((b) => b.sources)]} />
    </PanelShell>
  );
}
