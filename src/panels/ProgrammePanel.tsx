import { useState } from 'react';
import type { AtlasData } from '../data/atlasData';
import { mainBudget, programmeTotals, projectById } from '../data/derive';
import type { Project } from '../data/schema';
import { checkBudgetTable } from '../data/budgetCheck';
import { asOfYear, documentLabel } from '../data/documents';
import { textDiscrepancies } from '../data/textCheck';
import type { Selection } from '../state/selectionSlice';
import { BudgetTableView } from './common/BudgetTableView';
import { CsvButton } from './common/CsvButton';
import { FundingBar } from './common/FundingBar';
import { KeyFigureList } from './common/KeyFigureList';
import { TextCheckList } from './common/TextCheckList';
import { Money } from './common/Money';
import { PanelShell } from './common/PanelShell';
import { useT, useI18n } from '../i18n/useT';
import { TableScroll } from './common/TableScroll';

type SortKey = 'name' | 'theme' | 'total' | 'national';

interface Props {
  data: AtlasData;
  visibleProjects: ReadonlySet<string> | null;
  onSelect: (selection: Selection) => void;
  onClose: () => void;
}

export function ProgrammePanel({ data, visibleProjects, onSelect, onClose }: Props) {
  const { lang } = useI18n();
  const t = useT();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'total', descending: true });
  const totals = programmeTotals(data, 'regio-deal-twente');
  const themeName = (p: Project) => data.projects.themes.find((t) => t.id === p.theme)?.name[lang] ?? '';
  const value = (p: Project, key: SortKey): string | number =>
    key === 'name' ? p.name[lang] : key === 'theme' ? themeName(p) : key === 'total' ? (mainBudget(p)?.stated.total ?? -1) : (mainBudget(p)?.stated.amounts.national ?? -1);
  const rows = data.projects.projects
    .filter((p) => visibleProjects === null || visibleProjects.has(p.id))
    .sort((a, b) => {
      const [x, y] = [value(a, sort.key), value(b, sort.key)];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return sort.descending ? -order : order;
    });
  const header = (key: SortKey, label: string, numeric = false) => (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : numeric })}>
        {label} {sort.key === key ? (sort.descending ? '▼' : '▲') : ''}
      </button>
    </th>
  );
  const rdt2 = projectById(data, 'regio-deal-twente-ii');
  // A project whose tables or prose do not add up is marked here, so a reader sees it without opening each.
  const discrepant = (p: Project) => p.budgets.some((table) => checkBudgetTable(p.id, table).length > 0) || textDiscrepancies([p]).length > 0;

  return (
    <PanelShell kind="programme" title={t.programme.title} subtitle={t.programme.subtitle} onClose={onClose}>
      <section>
        <h3>{t.programme.rdtHeading(totals.projects)}</h3>
        <p>
          {t.programme.rdtBefore}
          <Money value={totals.stated} />
          {t.programme.rdtAfter}
        </p>
        <FundingBar
          totals={{ ...totals, computed: Object.values(totals.byFunder).reduce((a, b) => a + b, 0), unsplit: 0 }}

          caption={t.programme.byFunderCaption}
          csvName="regio-deal-twente-funders.csv"
        />
        <table className="data-table" data-testid="theme-table">
          <caption>{t.programme.byActionLine}</caption>
          <thead>
            <tr>
              <th scope="col">{t.programme.actionLine}</th>
              <th scope="col" className="num">
                {t.programme.projects}
              </th>
              <th scope="col" className="num">
                {t.programme.statedTotal}
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.byTheme.map((t) => (
              <tr key={t.themeId}>
                <th scope="row">{data.projects.themes.find((x) => x.id === t.themeId)?.name[lang]}</th>
                <td className="num">{t.projects}</td>
                <td className="num">
                  <Money value={t.stated} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <CsvButton
          filename="regio-deal-twente-action-lines.csv"
          header={['action_line', 'projects', 'stated_total_eur']}
          rows={() => totals.byTheme.map((t) => [data.projects.themes.find((x) => x.id === t.themeId)?.name.nl ?? t.themeId, t.projects, t.stated])}
        />
      </section>
      <section>
        <h3>{t.programme.allProjects}</h3>
        <TableScroll>
          <table className="data-table" data-testid="projects-table">
            <caption className="visually-hidden">{t.programme.sortableCaption}</caption>
            <thead>
              <tr>
                {header('name', t.programme.project)}
                {header('theme', t.programme.actionLine)}
                {header('total', t.programme.statedTotal, true)}
                {header('national', t.programme.national, true)}
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => {
                const main = mainBudget(p);
                return (
                  <tr key={p.id}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => onSelect({ kind: 'project', id: p.id })}>
                        {p.name[lang]}
                      </button>
                      <small className="muted"> {t.programmes[p.programme]}</small>
                      {discrepant(p) && (
                        <span className="badge badge--warn" data-testid="project-discrepant" title={t.programme.discrepantTitle}>
                          {t.programme.discrepant}
                        </span>
                      )}
                    </th>
                    <td>{themeName(p)}</td>
                    <td className="num">{main ? <Money value={main.stated.total} /> : '–'}</td>
                    <td className="num">{main?.stated.amounts.national !== undefined ? <Money value={main.stated.amounts.national} /> : '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
        <CsvButton
          filename="projects.csv"
          header={['project_id', 'project', 'programme', 'action_line', 'stated_total_eur', 'national_eur', 'figures_differ', 'as_of', 'source']}
          rows={() =>
            rows.map((p) => [
              p.id,
              p.name.nl,
              p.programme,
              p.theme ?? '',
              mainBudget(p)?.stated.total ?? null,
              mainBudget(p)?.stated.amounts.national ?? null,
              discrepant(p) ? 'yes' : 'no',
              asOfYear(p.sources),
              [...new Set(p.sources.map((s) => documentLabel(s, lang)))].join('; '),
            ])
          }
        />
      </section>
      {rdt2 && (
        <section>
          <h3>{rdt2.name[lang]}</h3>
          <p>{rdt2.summary[lang]}</p>
          {rdt2.budgets.map((table) => (
            <BudgetTableView key={table.id} table={table} csvName={`${table.id}.csv`} />
          ))}
          <KeyFigureList figures={rdt2.keyFigures} />
          <TextCheckList checks={rdt2.textChecks ?? []} />
        </section>
      )}
    </PanelShell>
  );
}
