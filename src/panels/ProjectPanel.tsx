import { mainBudget, partnerById, siteById, totalsByFunder } from '../data/derive';
import { PARTNER_TYPES } from '../data/vocabulary';
import type { Project } from '../data/schema';
import { formatNumber } from '../format/money';
import { BudgetTableView } from './common/BudgetTableView';
import { FundingBar } from './common/FundingBar';
import { Money } from './common/Money';
import { PanelShell } from './common/PanelShell';
import { SourceList } from './common/SourceList';
import { Timeline } from './common/Timeline';
import type { PanelProps } from './common/panelProps';
import { SelectChips } from './common/SelectChips';
import { useT } from '../i18n/useT';

export function ProjectPanel({ project, data, lang, onSelect, onClose }: PanelProps & { project: Project }) {
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
            <Money value={main.stated.total} lang={lang} />
          </p>
          <FundingBar totals={totalsByFunder([{ ...main.stated, unsplit: false }])} lang={lang} caption={t.project.fundingCaption} csvName={`${project.id}-funders.csv`} />
          {project.budgets.map((table) => (
            <BudgetTableView key={table.id} table={table} lang={lang} csvName={`${table.id}.csv`} />
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
      {project.keyFigures.length > 0 && (
        <section>
          <h3>{t.panel.keyFigures}</h3>
          <ul className="plain-list">
            {project.keyFigures.map((f) => (
              <li key={f.id}>
                {f.label[lang]}: <strong>{f.unit === 'EUR' ? <Money value={f.value} lang={lang} /> : formatNumber(f.value, lang)}</strong>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>{t.panel.milestones}</h3>
        <Timeline milestones={project.milestones.map((m) => ({ ...m, projectId: project.id }))} lang={lang} />
      </section>
      <SourceList sources={[...project.sources, ...project.budgets.flatMap((b) => b.sources)]} />
    </PanelShell>
  );
}
