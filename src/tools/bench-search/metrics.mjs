// Recall and precision per query, means per category, and the verdict between the two systems.

const EPSILON = 1e-9;

/**
 * recall = |retrieved ∩ expected| / |expected|, precision = |retrieved ∩ expected| / |retrieved|.
 * Nothing expected: recall 1. Nothing retrieved: precision 1 only when nothing was expected
 * either. A query that errored scores 0 on both.
 */
export function score(expected, retrieved, { error = false } = {}) {
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

const mean = (values) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);

/** `ahead` when neither figure is lower and one is higher, `equal` when both are the same, else `behind`. */
export function verdict(site, base) {
  const dr = site.recall - base.recall;
  const dp = site.precision - base.precision;
  if (dr < -EPSILON || dp < -EPSILON) return 'behind';
  if (dr > EPSILON || dp > EPSILON) return 'ahead';
  return 'equal';
}

/** Per-category means, in the order categories first appear, plus an "all" row over every query. */
export function summarise(results) {
  const categories = [...new Set(results.map((result) => result.category))];
  const row = (category, rows) => {
    const site = { recall: mean(rows.map((r) => r.site.recall)), precision: mean(rows.map((r) => r.site.precision)) };
    const base = { recall: mean(rows.map((r) => r.default.recall)), precision: mean(rows.map((r) => r.default.precision)) };
    return { category, n: rows.length, site, default: base, verdict: verdict(site, base) };
  };
  return {
    categories: categories.map((category) => row(category, results.filter((r) => r.category === category))),
    all: row('all', results),
  };
}

/** F1 of one system on one query, for ranking the worst queries. */
export function f1({ recall, precision }) {
  return recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
}
