// Lighthouse through its Node API against a Chromium we launched ourselves (given `port`),
// with its mobile (default) and desktop presets.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { median } from './files.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Runs one Lighthouse pass and keeps the scores (0–100) and the metrics we report. */
export async function runLighthouse(url, { port, preset }) {
  const flags = { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
  const config = preset === 'desktop' ? desktopConfig : undefined;
  const result = await lighthouse(url, flags, config);
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audit = (id) => lhr.audits[id];
  const numeric = (id) => (typeof audit(id)?.numericValue === 'number' ? audit(id).numericValue : undefined);
  // The layout-shifts audit errors with Debian's Chromium; the CLS metric itself is measured.
  const metrics = audit('metrics')?.details?.items?.[0] ?? {};
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100)]));
  return {
    url,
    preset,
    scores,
    lcpMs: numeric('largest-contentful-paint') ?? metrics.largestContentfulPaint,
    tbtMs: numeric('total-blocking-time') ?? metrics.totalBlockingTime,
    cls: numeric('cumulative-layout-shift') ?? metrics.cumulativeLayoutShift,
    fcpMs: numeric('first-contentful-paint') ?? metrics.firstContentfulPaint,
    // Audits scoring below 0.9, to say why a score is not 100.
    weak: Object.values(lhr.audits)
      .filter((a) => typeof a.score === 'number' && a.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
      .map((a) => ({ id: a.id, score: a.score, ...(a.displayValue ? { value: a.displayValue } : {}) })),
    // Audits that could not run (several need trace data this Chromium does not emit).
    errored: Object.values(lhr.audits)
      .filter((a) => a.scoreDisplayMode === 'error')
      .map((a) => ({ id: a.id, error: a.errorMessage })),
    warnings: lhr.runWarnings ?? [],
  };
}

/** Median of each figure over Lighthouse runs (the run closest to the median performance keeps its audit lists). */
export function lighthouseMedian(runs) {
  const byPerf = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  const middle = byPerf[Math.floor((byPerf.length - 1) / 2)];
  const med = (f) => {
    const values = runs.map(f).filter((v) => typeof v === 'number');
    return values.length ? median(values) : undefined;
  };
  return {
    ...middle,
    scores: Object.fromEntries(Object.keys(middle.scores).map((key) => [key, med((r) => r.scores[key])])),
    lcpMs: med((r) => r.lcpMs),
    tbtMs: med((r) => r.tbtMs),
    cls: med((r) => r.cls),
    fcpMs: med((r) => r.fcpMs),
  };
}
