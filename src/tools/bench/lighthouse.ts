// Lighthouse 12.2.3 through its Node API, connected to the benchmark's own Chromium by its
// remote-debugging port, with its mobile (default) and desktop presets.
import lighthouse, { desktopConfig } from 'lighthouse';
import { median } from './median.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof categories)[number];
export type Preset = 'mobile' | 'desktop';

export interface LighthouseRun {
  url: string;
  preset: Preset;
  /** 0–100, null when Lighthouse could not score the category. */
  scores: Record<Category, number | null>;
  lcpMs: number | undefined;
  tbtMs: number | undefined;
  cls: number | undefined;
  fcpMs: number | undefined;
  /** Audits scoring below 0.9: why a score is not 100. */
  weak: { id: string; score: number; value?: string }[];
  /** Audits that could not run (several need trace data Debian's Chromium does not emit). */
  errored: { id: string; error: string | undefined }[];
  warnings: string[];
}

/** Runs one Lighthouse pass on `url` in the Chromium listening on `port`. */
export async function runLighthouse(url: string, { port, preset }: { port: number; preset: Preset }): Promise<LighthouseRun> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] }, preset === 'desktop' ? desktopConfig : undefined);
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const numeric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    return typeof value === 'number' ? value : undefined;
  };
  const score = (id: Category) => {
    const value = lhr.categories[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  const audits = Object.values(lhr.audits);
  return {
    url,
    preset,
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    // The layout-shifts audit errors with Debian's Chromium; the CLS metric itself is measured.
    cls: numeric('cumulative-layout-shift'),
    fcpMs: numeric('first-contentful-paint'),
    weak: audits.flatMap((audit) =>
      typeof audit.score === 'number' && audit.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)
        ? [{ id: audit.id, score: audit.score, ...(audit.displayValue ? { value: audit.displayValue } : {}) }]
        : [],
    ),
    errored: audits.filter((audit) => audit.scoreDisplayMode === 'error').map((audit) => ({ id: audit.id, error: audit.errorMessage })),
    warnings: lhr.runWarnings.map(String),
  };
}

export interface LighthouseSummary extends LighthouseRun {
  runs: number;
}

/** The median of every figure over several runs; the run with the median performance keeps its audit lists. */
export function lighthouseMedian(runs: readonly LighthouseRun[]): LighthouseSummary {
  const byPerformance = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  const middle = byPerformance[Math.floor((byPerformance.length - 1) / 2)];
  if (!middle) throw new Error('lighthouseMedian needs at least one run');
  const med = (figure: (run: LighthouseRun) => number | null | undefined) => {
    const values = runs.map(figure).filter((value): value is number => typeof value === 'number');
    return values.length ? median(values) : undefined;
  };
  const medScore = (id: Category) => med((run) => run.scores[id]) ?? null;
  return {
    ...middle,
    runs: runs.length,
    scores: { performance: medScore('performance'), accessibility: medScore('accessibility'), 'best-practices': medScore('best-practices'), seo: medScore('seo') },
    lcpMs: med((run) => run.lcpMs),
    tbtMs: med((run) => run.tbtMs),
    cls: med((run) => run.cls),
    fcpMs: med((run) => run.fcpMs),
  };
}
