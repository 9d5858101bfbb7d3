// What a search costs a reader: the bytes before any search, for a first query and for a
// second one, and the time from query to results, measured with the benchmarks' one record
// of requests (src/tools/browser/requests.ts). Every run starts in a fresh browser context
// (empty cache), as a first visit would.
import type { Browser } from '@playwright/test';
import { newContext } from '../browser/launch.ts';
import { recordRequests, type RequestRecorder, type Weight } from '../browser/requests.ts';
import { observeSearch, openSearch, typeQuery, type TypedQuery } from '../browser/search-page.ts';
import { median } from '../bench/median.ts';
import { askDefault } from './runners.ts';

export interface CostQueries {
  /** The first query, from the article page. */
  first: string;
  /** Typed next, in the same page. */
  second: string;
  /** Typed after it, for the median time. */
  more: string[];
}

/** Bytes and requests of one phase, with what was fetched. */
export type PhaseCost = Pick<Weight, 'requests' | 'transferred' | 'decoded' | 'byKind' | 'resources'>;

export interface SearchCost {
  /** The article page, before any search; `searchCode` lists what it fetched that looks like search. */
  before: PhaseCost & { searchCode: string[] };
  firstQuery: PhaseCost & { query: string; ms: number; state: string; results: number };
  secondQuery: PhaseCost & { query: string; ms: number; state: string; results: number };
  laterQueries: PhaseCost;
  typedQueries: TypedQuery[];
  /** Median of the typed queries' times (the second query and the later ones). */
  medianMs: number;
}

const QUIET_MS = 500;
// Code a reader should not download before searching: Pagefind, or anything named for search.
const SEARCH_CODE = /\/pagefind\/|\/search\/|search[-_.]?(page|client|find|results|index|data)/i;

const phaseCost = ({ requests, transferred, decoded, byKind, resources }: Weight): PhaseCost => ({ requests, transferred, decoded, byKind, resources });
const before = (weight: Weight) => ({ ...phaseCost(weight), searchCode: weight.resources.map((resource) => resource.path).filter((path) => SEARCH_CODE.test(path)) });

type Run = Omit<TypedQuery, 'query'>;

/** The phases after the article page has settled: a first query, a second one, the later ones. */
async function measureQueries(recorder: RequestRecorder, { first, second, more }: CostQueries, runFirst: (query: string) => Promise<Run>, type: (query: string) => Promise<Run>): Promise<SearchCost> {
  recorder.setPhase('first');
  const firstRun = await runFirst(first);
  await recorder.settle({ quietMs: QUIET_MS });
  recorder.setPhase('second');
  const secondRun = { query: second, ...(await type(second)) };
  await recorder.settle({ quietMs: QUIET_MS });
  recorder.setPhase('more');
  const typed = [secondRun];
  for (const query of more) typed.push({ query, ...(await type(query)) });
  await recorder.settle({ quietMs: QUIET_MS });
  return {
    before: before(recorder.weigh('load')),
    firstQuery: { query: first, ...phaseCost(recorder.weigh('first')), ...firstRun },
    secondQuery: { ...phaseCost(recorder.weigh('second')), ...secondRun },
    laterQueries: phaseCost(recorder.weigh('more')),
    typedQueries: typed,
    medianMs: median(typed.map((run) => run.ms)),
  };
}

/** This site: the article page, then /search/?q= (what its header form opens), then typing in #search-input. */
export async function siteCost(browser: Browser, origin: string, { slug, ...queries }: CostQueries & { slug: string }): Promise<SearchCost> {
  const context = await newContext(browser);
  try {
    await observeSearch(context);
    const page = await context.newPage();
    const recorder = await recordRequests(page);
    await page.goto(`${origin}articles/${slug}/`, { waitUntil: 'load' });
    await recorder.settle({ quietMs: QUIET_MS });
    const open = async (query: string) => {
      const opened = await openSearch(page, origin, query);
      return { ms: opened.ms, state: opened.state, results: opened.count };
    };
    return await measureQueries(recorder, queries, open, (query) => typeQuery(page, query));
  } finally {
    await context.close();
  }
}

/** Pagefind default: the article page of the default variant, then pagefind.js's own API. */
export async function defaultCost(browser: Browser, origin: string, { slug, addresses, ...queries }: CostQueries & { slug: string; addresses: readonly string[] }): Promise<SearchCost> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const recorder = await recordRequests(page);
    await page.goto(`${origin}articles/${slug}/`, { waitUntil: 'load' });
    await recorder.settle({ quietMs: QUIET_MS });
    const ask = async (query: string) => {
      const answer = await askDefault(page, query, addresses);
      return { ms: answer.ms, state: answer.state, results: answer.addresses.length };
    };
    return await measureQueries(recorder, queries, ask, ask);
  } finally {
    await context.close();
  }
}

/** Times of one cost run, kept for every run. */
interface RunTimes {
  firstQueryMs: number;
  medianMs: number;
  firstQueryTransferred: number;
  secondQueryTransferred: number;
}
export type CostFigures = (SearchCost & { runs: (RunTimes | { error: string })[] }) | { error: string };

/**
 * Bytes come from the first run that worked (they do not vary), times are the median over the
 * runs; every run's times stay in the JSON.
 */
export function combineRuns(all: readonly (SearchCost | { error: string })[]): CostFigures {
  const ok = all.filter((run): run is SearchCost => !('error' in run));
  const [first] = ok;
  if (!first) return { error: [...new Set(all.map((run) => ('error' in run ? run.error : '')))].join('; ') || 'no cost run' };
  return {
    ...first,
    firstQuery: { ...first.firstQuery, ms: median(ok.map((run) => run.firstQuery.ms)) },
    medianMs: median(ok.map((run) => run.medianMs)),
    runs: all.map((run) =>
      'error' in run ? run : { firstQueryMs: run.firstQuery.ms, medianMs: run.medianMs, firstQueryTransferred: run.firstQuery.transferred, secondQueryTransferred: run.secondQuery.transferred },
    ),
  };
}
