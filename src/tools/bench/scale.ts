// Scale runs: N synthetic articles (see synthetic.ts) built from scratch, for each N the
// build time and where it went, the output's size, and the weight of the pages that grow
// with N (scale-pages.ts). Cost per article is the difference from the smallest N, and from
// the N before, so that a flat cost per article shows.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { startStaticServer } from '../static-server.ts';
import type { BuildPhase } from './build-log.ts';
import { folderSize, topLevelSizes, type Size } from './folder-size.ts';
import { measureScalePages, type PageFigures, type ScaleSearch } from './scale-pages.ts';
import type { Pools } from './synthetic-pools.ts';
import { writeSyntheticContent, type Generated } from './synthetic.ts';
import { timedBuild } from './timed-build.ts';

export interface PerArticle {
  ms: number;
  distBytes: number;
  files: number;
  pagefindBytes: number;
}

export interface ScaleRun {
  n: number;
  ms: number;
  generated: Generated;
  dist: Size;
  pagefind: Size;
  byFolder: Record<string, Size>;
  phases: BuildPhase[];
  pages: Record<string, PageFigures>;
  search: ScaleSearch;
  /** Against the smallest N. */
  perArticle?: PerArticle;
  /** Against the N before this one: flat from one N to the next means linear growth. */
  marginal?: PerArticle & { from: number };
}

export interface FailedScaleRun {
  n: number;
  ms: number;
  generated: Generated;
  error: string;
}

export interface ScaleOptions {
  root: string;
  work: string;
  sizes: readonly number[];
  pools: Pools;
  browser: Browser;
  resultsDir: string;
  keep: boolean;
  say: (line: string) => void;
}

const perArticle = (run: ScaleRun, base: ScaleRun): PerArticle => {
  const extra = run.n - base.n;
  return {
    ms: (run.ms - base.ms) / extra,
    distBytes: (run.dist.bytes - base.dist.bytes) / extra,
    files: (run.dist.files - base.dist.files) / extra,
    pagefindBytes: (run.pagefind.bytes - base.pagefind.bytes) / extra,
  };
};

/** Runs every N in `sizes` (ascending), each in its own folder under `work`. */
export async function runScale({ root, work, sizes, pools, browser, resultsDir, keep, say }: ScaleOptions): Promise<{ runs: (ScaleRun | FailedScaleRun)[] }> {
  const runs: (ScaleRun | FailedScaleRun)[] = [];
  for (const n of sizes) {
    const dir = join(work, `scale-${n}`);
    const content = join(dir, 'content');
    const dist = join(dir, 'dist');
    mkdirSync(content, { recursive: true });
    const generated = writeSyntheticContent(content, n, pools, { withRareWord: true });
    process.stdout.write(`Scale N=${n} (${generated.blocks} blocks, ${generated.notes} notes) … `);
    const log = join(resultsDir, `scale-${n}.log`);
    const built = await timedBuild({ root, outDir: dist, cacheDir: join(dir, 'cache'), contentDir: content, recordIds: true, log });
    if (!built.ok) {
      say(`FAILED (see ${log})`);
      runs.push({ n, ms: built.ms, generated, error: `build failed, see bench-results/scale-${n}.log` });
    } else {
      const server = await startStaticServer({ dir: dist });
      try {
        const measured = await measureScalePages(browser, server.url);
        const run: ScaleRun = { n, ms: built.ms, generated, dist: folderSize(dist), pagefind: folderSize(join(dist, 'pagefind')), byFolder: topLevelSizes(dist), phases: built.phases, ...measured };
        say(`${(run.ms / 1000).toFixed(1)} s, ${(run.dist.bytes / 1024 / 1024).toFixed(1)} MB in ${run.dist.files} files`);
        runs.push(run);
      } catch (error) {
        say(`measuring failed: ${error instanceof Error ? error.message : String(error)}`);
        runs.push({ n, ms: built.ms, generated, error: `measuring the pages failed: ${error instanceof Error ? error.message : String(error)}` });
      } finally {
        await server.close();
      }
    }
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  const built = runs.filter((run): run is ScaleRun => !('error' in run));
  const [base] = built;
  built.forEach((run, i) => {
    const previous = built[i - 1];
    if (base && run !== base) run.perArticle = perArticle(run, base);
    if (previous) run.marginal = { from: previous.n, ...perArticle(run, previous) };
  });
  return { runs };
}
