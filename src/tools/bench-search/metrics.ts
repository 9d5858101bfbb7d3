// Recall and precision per query, means per category, and the verdict between the two systems.

const EPSILON = 1e-9;

export interface Score {
  recall: number;
  precision: number;
  hits: number;
  missing: string[];
  extra: string[];
}

/**
 * recall = |retrieved ∩ expected| / |expected|, precision = |retrieved ∩ expected| / |retrieved|.
 * Nothing expected: recall 1. Nothing retrieved: precision 1 only when nothing was expected
 * either. A query that errored scores 0 on both.
 */
export function score(expected: readonly string[], retrieved: readonly string[], { error = false } = {}): Score {
  const want = new Set(expected);
  const got = [...new Set(retrieved)];
  const hits = got.filter((address) => want.has(address));
  const missing = [...want].filter((address) => !got.includes(address));
  const extra = got.filter((address) => !want.has(address));
  if (error) return { recall: 0, precision: 0, hits: hits.length, missing, extra };
  const recall = want.size === 0 ? 1 : hits.length / want.size;
  const precision = got.length === 0 ? (want.size === 0 ? 1 : 0) : hits.length / got.length;
  return { recall, precision, hits: hits.length, missing, extra };
}

const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);

export interface Quality {
  recall: number;
  precision: number;
}
export type Verdict = 'ahead' | 'equal' | 'behind';

/** `ahead` when neither figure is lower and one is higher, `equal` when both are the same, else `behind`. */
export function verdict(site: Quality, base: Quality): Verdict {
  const recall = site.recall - base.recall;
  const precision = site.precision - base.precision;
  if (recall < -EPSILON || precision < -EPSILON) return 'behind';
  if (recall > EPSILON || precision > EPSILON) return 'ahead';
  return 'equal';
}

/** What summarise needs of one judged query's result. */
export interface Scored {
  category: string;
  site: Quality;
  default: Quality;
}

export interface CategoryRow {
  category: string;
  n: number;
  site: Quality;
  default: Quality;
  verdict: Verdict;
}

export interface Summary {
  categories: CategoryRow[];
  all: CategoryRow;
}

/** Per-category means, in the order categories first appear, plus an "all" row over every query. */
export function summarise(results: readonly Scored[]): Summary {
  const row = (category: string, rows: readonly Scored[]): CategoryRow => {
    const site = { recall: mean(rows.map((r) => r.site.recall)), precision: mean(rows.map((r) => r.site.precision)) };
    const base = { recall: mean(rows.map((r) => r.default.recall)), precision: mean(rows.map((r) => r.default.precision)) };
    return { category, n: rows.length, site, default: base, verdict: verdict(site, base) };
  };
  const categories = [...new Set(results.map((result) => result.category))];
  return {
    categories: categories.map((category) => row(category, results.filter((r) => r.category === category))),
    all: row('all', results),
  };
}

/** F1 of one system on one query, for ranking the worst queries. */
export function f1({ recall, precision }: Quality): number {
  return recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
}
