// The figures of issue 8, sections 4–6: the previous bench's ("today", measured before the
// library work, with brotli) and the budgets, at N = 1,000 unless said otherwise.
import type { ScaleRun } from './scale.ts';
import { pageNames } from './scale-pages.ts';

const KB = 1024;

export interface Goal {
  figure: string;
  today: string;
  budget: string;
  /** The figure of one run, as text. */
  show: (run: ScaleRun) => string;
  /** Whether a run meets the budget; only asked for the N the budget names. */
  meets?: { n: number; test: (run: ScaleRun) => boolean }[];
}

const kb = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / KB).toFixed(1)} KB`);
const ms = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value)} ms`);
const cost = (figures: { transferred: number; requests: number } | undefined) => (figures ? `${kb(figures.transferred)} / ${figures.requests} req` : '–');

export const goals: readonly Goal[] = [
  {
    figure: '§4 home page, first view (gzip)',
    today: '58 KB at 1,000',
    budget: '≤ 30 KB at 1,000',
    show: (run) => cost(run.pages[pageNames.home]),
    meets: [{ n: 1000, test: (run) => (run.pages[pageNames.home]?.transferred ?? Infinity) <= 30 * KB }],
  },
  {
    figure: '§5 first query, common word معاهدة',
    today: '601 KB / 113 req at 1,000',
    budget: '≤ 150 KB, ≤ 12 req at 1,000',
    show: (run) => cost(run.search.common),
    meets: [{ n: 1000, test: (run) => run.search.common.transferred <= 150 * KB && run.search.common.requests <= 12 }],
  },
  {
    figure: '§5 first query, rare word',
    today: 'not measured',
    budget: '≤ 100 KB at 1,000',
    show: (run) => cost(run.search.rare),
    meets: [{ n: 1000, test: (run) => run.search.rare.transferred <= 100 * KB }],
  },
  {
    figure: '§5 second query, Putin',
    today: 'not measured at scale',
    budget: '≤ 20 KB at 1,000',
    show: (run) => cost(run.search.second),
    meets: [{ n: 1000, test: (run) => run.search.second.transferred <= 20 * KB }],
  },
  {
    figure: '§5 typed query to results, median',
    today: '193 ms at 1',
    budget: '≤ 50 ms at 1, ≤ 150 ms at 1,000',
    show: (run) => ms(run.search.typedMedianMs),
    meets: [
      { n: 1, test: (run) => run.search.typedMedianMs <= 50 },
      { n: 1000, test: (run) => run.search.typedMedianMs <= 150 },
    ],
  },
  {
    figure: '§6 build, ms per article',
    today: '72–93 ms',
    budget: '≤ 30 ms at 1,000',
    show: (run) => ms(run.perArticle?.ms),
    meets: [{ n: 1000, test: (run) => (run.perArticle?.ms ?? Infinity) <= 30 }],
  },
  {
    figure: '§6 dist/ per article',
    today: '83 KB',
    budget: '≤ 40 KB at 1,000',
    show: (run) => kb(run.perArticle?.distBytes),
    meets: [{ n: 1000, test: (run) => (run.perArticle?.distBytes ?? Infinity) <= 40 * KB }],
  },
  {
    figure: '§6 dist/ files per article',
    today: '53',
    budget: '≤ 10 at 1,000',
    show: (run) => (run.perArticle ? run.perArticle.files.toFixed(1) : '–'),
    meets: [{ n: 1000, test: (run) => (run.perArticle?.files ?? Infinity) <= 10 }],
  },
];

/** `met` or `missed` at the N the budget names; partial when some of those N were not run. */
export function verdict(goal: Goal, runs: readonly ScaleRun[]): string {
  const checks = (goal.meets ?? []).map((check) => {
    const run = runs.find((each) => each.n === check.n);
    return { n: check.n, met: run ? check.test(run) : undefined };
  });
  const run = checks.filter((check) => check.met !== undefined);
  if (run.length === 0) return '–';
  const result = run.every((check) => check.met) ? 'met' : 'missed';
  const missing = checks.filter((check) => check.met === undefined).map((check) => `N=${check.n.toLocaleString('en')}`);
  return missing.length ? `${result} at ${run.map((check) => `N=${check.n.toLocaleString('en')}`).join(', ')} (${missing.join(', ')} not run)` : result;
}
