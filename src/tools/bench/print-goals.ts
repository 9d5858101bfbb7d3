// The table of issue 8's figures (sections 4–6) at each N, beside today's and the budgets.
import { table, type Say } from './format.ts';
import { goals, verdict } from './goals.ts';
import type { FailedScaleRun, ScaleRun } from './scale.ts';

export function printGoals(say: Say, runs: readonly (ScaleRun | FailedScaleRun)[]): void {
  const built = runs.filter((run): run is ScaleRun => !('error' in run));
  say('\n### Issue 8, sections 4–6: now beside today');
  if (built.length === 0) {
    say('No scale run built (run without --quick).');
    return;
  }
  table(
    say,
    ['figure', 'today', 'budget', ...built.map((run) => `N=${run.n.toLocaleString('en')}`), 'budget met'],
    goals.map((goal) => [goal.figure, goal.today, goal.budget, ...built.map((run) => goal.show(run)), verdict(goal, built)]),
  );
  say("(today: the previous bench, pages with brotli; now: pages with gzip, so a met budget holds on a gzip-only host. Per-article figures are differences from the smallest N, so none at N=1.)");
}
