/**
 * A problem in a content file, stated so an author can fix it without reading code:
 * which file, where in it (a field or a paragraph), what is wrong and what to do.
 */
export interface ContentProblem {
  file: string;
  where: string;
  problem: string;
  fix?: string;
}

export function formatProblem({ file, where, problem, fix }: ContentProblem): string {
  return `${file} → ${where}: ${problem}${fix ? `\n    Fix: ${fix}` : ''}`;
}

/** Every problem found in the content at once, so one failed build lists them all. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    super(`The content has ${count}:\n  ${problems.map(formatProblem).join('\n  ')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Throws a ContentError when there is anything to report. */
export function throwIfProblems(problems: readonly ContentProblem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}
