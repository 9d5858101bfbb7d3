// The shape of bench-results/bench.json. Kept comparable across versions: `scale.runs[]`
// with `n`, `ms`, `generated` (articles, blocks, notes), `dist` (bytes, files) and `pages`
// (home and search, with `transferred`), as earlier versions wrote it.
import type { LighthouseSummary, Preset } from './lighthouse.ts';
import type { FailedScaleRun, ScaleRun } from './scale.ts';
import type { SearchStep } from './search-step.ts';
import type { SiteBuilds } from './site-builds.ts';
import type { MeasuredPage } from './site-pages.ts';

export interface BenchReport {
  date: string;
  machine: { cpus: number; node: string; chromium?: string; loadAverageAtStart: number; loadAverageAtEnd?: number };
  article: string;
  options: { quick: boolean; scale: number[]; builds: number; lighthouseRuns: number; search: boolean };
  build?: SiteBuilds;
  /** Page weights with gzip, `transferredBrotli` beside. */
  pages?: MeasuredPage[];
  bare?: MeasuredPage;
  articleVsBare?: { transferred: number; decoded: number; requests: number; jsBytes: { site: number; bare: number } };
  lighthouse?: { runs: number; results: ((LighthouseSummary & { page: string }) | { page: string; preset: Preset; error: string })[] };
  search?: SearchStep;
  scale?: { runs: (ScaleRun | FailedScaleRun)[] };
  error?: string;
  phasesMs: Record<string, number>;
  totalMs?: number;
}
