// A message a pure module reports (an import error, a basemap fallback) as a code with parameters,
// so the module stays free of UI text and the interface words it in the reader's language.
import type { Messages } from './en';

type Catalogue = Messages['problems'];
export type ProblemCode = keyof Catalogue;

export type Problem = {
  [K in ProblemCode]: Parameters<Catalogue[K]> extends [infer P] ? { code: K; params: P } : { code: K; params?: undefined };
}[ProblemCode];

export function describeProblem(catalogue: Catalogue, problem: Problem): string {
  const format = catalogue[problem.code] as (params?: unknown) => string;
  return format(problem.params);
}

/** A stable key for de-duplicating identical messages. */
export const problemKey = (problem: Problem): string => JSON.stringify(problem);
