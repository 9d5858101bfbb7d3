// Lighthouse, mobile and desktop, several runs each on the given pages, their medians kept.
import type { Say } from './format.ts';
import { lighthouseMedian, runLighthouse, type LighthouseRun, type Preset } from './lighthouse.ts';
import type { BenchReport } from './report.ts';
import type { PageSpec } from './site-pages.ts';

/** Lighthouse looks at the article, then the home page. */
export const lighthousePages = (specs: readonly PageSpec[]) => ['article', 'home'].flatMap((name) => specs.filter((spec) => spec.name === name));

export async function runLighthouseStep({ origin, pages, port, runs, say }: { origin: string; pages: readonly PageSpec[]; port: number; runs: number; say: Say }): Promise<NonNullable<BenchReport['lighthouse']>> {
  const results: NonNullable<BenchReport['lighthouse']>['results'] = [];
  for (const page of pages) {
    for (const preset of ['mobile', 'desktop'] satisfies Preset[]) {
      process.stdout.write(`Lighthouse ${page.name} ${preset} ×${runs} … `);
      const done: LighthouseRun[] = [];
      let error = '';
      for (let i = 0; i < runs; i++) {
        try {
          done.push(await runLighthouse(`${origin}${page.path}`, { port, preset }));
        } catch (failure) {
          error = failure instanceof Error ? failure.message : String(failure);
        }
      }
      say(done.length ? `performance ${done.map((run) => run.scores.performance).join(', ')}` : `failed: ${error}`);
      results.push(done.length ? { page: page.name, ...lighthouseMedian(done) } : { page: page.name, preset, error });
    }
  }
  return { runs, results };
}
