// `npm run data:check`: validates every file in data/ with the same parsers the app uses, prints a
// summary and the stated-vs-computed budget report, and exits non-zero with precise messages on bad data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAtlasData } from '../src/data/atlasData';
import { DATA_FILES, type DataFile } from '../src/data/files';
import { checkProjectBudgets, describeDiscrepancy } from '../src/data/budgetCheck';
import { DataError } from '../src/data/dataError';
import { unusedPartners } from '../src/data/integrity';
import { textDiscrepancies } from '../src/data/textCheck';

const euro = (n: number) => `€ ${n.toLocaleString('nl-NL')}`;

// `--root DIR` checks a copy of the project's data (tests use it); by default the working directory.
const rootFlag = process.argv.indexOf('--root');
const root = rootFlag > 0 ? (process.argv[rootFlag + 1] ?? '.') : '.';

function readTexts(): Record<DataFile, string> {
  const problems: string[] = [];
  const texts = {} as Record<DataFile, string>;
  for (const file of DATA_FILES) {
    try {
      texts[file] = readFileSync(join(root, file), 'utf8');
    } catch (error) {
      problems.push(`${file}: cannot be read (${(error as Error).message})`);
    }
  }
  if (problems.length > 0) throw new DataError(problems);
  return texts;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c >= 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ')).join('\n');
}

try {
  const data = parseAtlasData(readTexts());
  const { projects } = data.projects;
  const tables = projects.reduce((n, p) => n + p.budgets.length, 0);
  console.log(
    `data:check ok: ${data.sites.features.length} sites, ${data.links.features.length} links, ${data.outlines.features.length} outlines, ` +
      `${projects.length} projects (${tables} budget tables), ${data.partners.length} partners`,
  );
  const unused = unusedPartners(data);
  if (unused.length > 0) console.log(`note: partners no project, site or link refers to: ${unused.join(', ')}`);
  const discrepancies = checkProjectBudgets(projects);
  console.log(`\nStated vs computed: ${discrepancies.length} difference(s) in the seeds' budget tables (shown in the app, never corrected)\n`);
  if (discrepancies.length > 0) {
    console.log(
      table([
        ['where', 'check', 'stated', 'computed', 'difference'],
        ...discrepancies.map((d) => [`${d.projectId} / ${d.tableId}`, describeDiscrepancy(d).split(', ').slice(1).join(', '), euro(d.stated), euro(d.computed), euro(d.difference)]),
      ]),
    );
  }
  const prose = textDiscrepancies(projects);
  console.log(`\nProse vs its own figures: ${prose.length} difference(s) (shown in the app, never corrected)\n`);
  if (prose.length > 0) {
    console.log(
      table([
        ['where', 'check', 'stated', 'computed', 'difference'],
        ...prose.map((d) => [`${d.projectId} / ${d.check.id}`, d.check.label.en, String(d.stated), String(d.computed), String(Math.round(d.difference * 10) / 10)]),
      ]),
    );
  }
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(`data:check found ${error.problems.length} problem(s):`);
  for (const problem of error.problems) console.error(`  - ${problem}`);
  process.exit(1);
}
