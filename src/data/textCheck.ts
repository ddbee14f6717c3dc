// Works out the figures a source's prose rests on and compares them with what the prose states. The data keeps
// the prose as stated; this module only tells the difference, as budgetCheck.ts does for tables.
import type { Project, TextCheck } from './schema';

export interface TextDiscrepancy {
  projectId: string;
  check: TextCheck;
  stated: number;
  computed: number;
  /** stated − computed */
  difference: number;
}

export function computeTextCheck(check: TextCheck): number {
  const { computed } = check;
  if (computed.op === 'count') return computed.items.length;
  const [first = 0, ...rest] = computed.values;
  if (computed.op === 'sum') return Math.round(computed.values.reduce((a, b) => a + b, 0));
  if (computed.op === 'difference') return Math.round(rest.reduce((a, b) => a - b, first));
  // A share in percent, to one decimal: a reader compares it with a rounded percentage in the text.
  return Math.round((first / (rest[0] ?? Number.NaN)) * 1000) / 10;
}

export function textDiscrepancies(projects: readonly Project[]): TextDiscrepancy[] {
  return projects.flatMap((project) =>
    (project.textChecks ?? []).flatMap((check) => {
      const computed = computeTextCheck(check);
      return computed === check.stated ? [] : [{ projectId: project.id, check, stated: check.stated, computed, difference: check.stated - computed }];
    }),
  );
}
