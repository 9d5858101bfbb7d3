// The search part of the performance bench: the search bench (src/tools/bench-search/) run
// over the bench's own build, its full report written to bench-results/search.log and its
// JSON to bench-results/search.json, and the figures this bench reports picked from it.
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readQueries } from '../bench-search/queries.ts';
import type { CostFigures } from '../bench-search/cost.ts';
import { runSearchBench, type SearchBenchResult } from '../bench-search/run.ts';

interface SystemFigures {
  firstQuery: { query: string; transferred: number; requests: number; ms: number };
  secondQuery: { query: string; transferred: number; requests: number; ms: number };
  medianQueryMs: number;
  searchCodeBeforeSearch: string[];
}

export interface SearchFigures {
  site: SystemFigures | { error: string };
  pagefindDefault: SystemFigures | { error: string };
  quality: { queries: number; recall: number; precision: number; defaultRecall: number; defaultPrecision: number; verdict: string };
  notAhead: string[];
}

export type SearchStep = ({ ok: true; figures: SearchFigures; json: string } | { ok: false; error: string }) & { ms: number; log: string };

function pick(cost: CostFigures | undefined): SystemFigures | { error: string } {
  if (!cost) return { error: 'the cost was not measured' };
  if ('error' in cost) return cost;
  const query = (q: { query: string; transferred: number; requests: number; ms: number }) => ({ query: q.query, transferred: q.transferred, requests: q.requests, ms: q.ms });
  return { firstQuery: query(cost.firstQuery), secondQuery: query(cost.secondQuery), medianQueryMs: cost.medianMs, searchCodeBeforeSearch: cost.before.searchCode };
}

export function searchFigures(result: SearchBenchResult): SearchFigures {
  const all = result.summary.all;
  return {
    site: pick(result.cost?.site),
    pagefindDefault: pick(result.cost?.default),
    quality: { queries: all.n, recall: all.site.recall, precision: all.site.precision, defaultRecall: all.default.recall, defaultPrecision: all.default.precision, verdict: all.verdict },
    notAhead: result.summary.categories.filter((row) => row.verdict === 'behind').map((row) => row.category),
  };
}

export async function runSearchStep({ root, dist, contentDir, slug, resultsDir }: { root: string; dist: string; contentDir: string; slug: string; resultsDir: string }): Promise<SearchStep> {
  const log = join(resultsDir, 'search.log');
  writeFileSync(log, '');
  const started = performance.now();
  try {
    const result = await runSearchBench({
      dist,
      contentDir,
      slug,
      queries: readQueries(join(root, 'tests/search/queries.json')),
      costRuns: 3,
      out: (line) => appendFileSync(log, `${line}\n`),
    });
    const json = join(resultsDir, 'search.json');
    writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
    return { ok: true, figures: searchFigures(result), json: 'bench-results/search.json', ms: performance.now() - started, log: 'bench-results/search.log' };
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    appendFileSync(log, `${message}\n`);
    return { ok: false, error: message.split('\n')[0] ?? message, ms: performance.now() - started, log: 'bench-results/search.log' };
  }
}
