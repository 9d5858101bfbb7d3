/**
 * A problem in a content file, stated so an author can fix it without reading code:
 * which file, where in it (a field or a paragraph), what is wrong and what to do.
 */
export interface ContentProblem {
  file: string;
  where: string;
  problem: string;
  fix: string;
  /** Set on the one problem `npm run ids:record` resolves: addresses not recorded yet. */
  unrecorded?: true;
}

export function formatProblem({ file, where, problem, fix }: ContentProblem): string {
  return `${file} → ${where}: ${problem}\n    Fix: ${fix}`;
}

/** The message for a list of problems, as the build and the dev server print it. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return `The content has ${count}:\n  ${problems.map(formatProblem).join('\n  ')}`;
}

/** Every problem found in the content at once, so one failed build lists them all. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Throws a ContentError when there is anything to report. */
export function throwIfProblems(problems: readonly ContentProblem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}
