// What the pages that grow with N cost at one scale run, with gzip (static hosts often serve
// gzip only): the home page's first view, and searches: a first query for a common word and
// for the rare word (each opening /search/?q= in a fresh context), a second query typed after
// the common one, and the typed queries' time to results.
import type { Browser } from '@playwright/test';
import { newContext } from '../browser/launch.ts';
import { weighPage } from '../browser/page-weight.ts';
import { recordRequests, type Bytes, type Resource, type ResourceKind, type Weight } from '../browser/requests.ts';
import { observeSearch, openSearch, searchSettled, typeQuery, type TypedQuery } from '../browser/search-page.ts';
import { costQueries } from '../bench-search/run.ts';
import { median } from './median.ts';
import { rareWord } from './rare-word.ts';

export const commonWord = 'معاهدة';
export const secondQuery = 'Putin';
export const pageNames = { home: 'home', common: `search ?q=${commonWord}`, rare: `search ?q=${rareWord.word}` } as const;

/** A page's weight as the scale runs keep it: totals, by kind and by folder (to see what grows with N). */
export interface PageFigures extends Bytes {
  byKind: Record<ResourceKind, Bytes>;
  byFolder: Record<string, Bytes>;
  timedOut: boolean;
}

export interface QueryCost extends Bytes {
  query: string;
  /** Results listed once settled. */
  results: number;
  state: string;
  ms: number;
}

export interface ScaleSearch {
  common: QueryCost;
  rare: QueryCost;
  /** Typed after the common word, in the same page. */
  second: QueryCost;
  typed: TypedQuery[];
  typedMedianMs: number;
}

/** Requests grouped by folder (`/pagefind/fragment/`, …), to see what grows with N. */
function byFolder(resources: readonly Resource[]): Record<string, Bytes> {
  const groups: Record<string, Bytes> = {};
  for (const resource of resources) {
    const folder = resource.path.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
    const group = (groups[folder] ??= { requests: 0, transferred: 0, decoded: 0 });
    group.requests += 1;
    group.transferred += resource.transferred;
    group.decoded += resource.decoded;
  }
  return groups;
}

const figures = (weight: Weight, timedOut: boolean): PageFigures => ({
  requests: weight.requests,
  transferred: weight.transferred,
  decoded: weight.decoded,
  byKind: weight.byKind,
  byFolder: byFolder(weight.resources),
  timedOut,
});
const bytes = ({ requests, transferred, decoded }: Bytes): Bytes => ({ requests, transferred, decoded });

/** Opens /search/?q=<query> in a fresh context and weighs it; the caller closes the context. */
async function openWeighed(browser: Browser, origin: string, query: string) {
  const context = await newContext(browser, { encoding: 'gzip' });
  try {
    await observeSearch(context);
    const page = await context.newPage();
    const recorder = await recordRequests(page);
    const opened = await openSearch(page, origin, query);
    const settled = await recorder.settle({ ready: searchSettled });
    const weight = recorder.weigh('load');
    const cost: QueryCost = { query, ...bytes(weight), results: opened.count, state: opened.state, ms: opened.ms };
    return { context, page, recorder, figures: figures(weight, !settled), cost };
  } catch (error) {
    await context.close();
    throw error;
  }
}

export async function measureScalePages(browser: Browser, origin: string): Promise<{ pages: Record<string, PageFigures>; search: ScaleSearch }> {
  const home = await weighPage(browser, origin, { encoding: 'gzip' });

  const common = await openWeighed(browser, origin, commonWord);
  let second: QueryCost;
  const typed: TypedQuery[] = [];
  try {
    common.recorder.setPhase('second');
    const run = await typeQuery(common.page, secondQuery);
    await common.recorder.settle({ quietMs: 500 });
    second = { query: secondQuery, ...bytes(common.recorder.weigh('second')), results: run.results, state: run.state, ms: run.ms };
    common.recorder.setPhase('later');
    typed.push(run);
    for (const query of costQueries.more) typed.push(await typeQuery(common.page, query));
  } finally {
    await common.context.close();
  }

  const rare = await openWeighed(browser, origin, rareWord.word);
  await rare.context.close();
  return {
    pages: { [pageNames.home]: figures(home, home.timedOut), [pageNames.common]: common.figures, [pageNames.rare]: rare.figures },
    search: { common: common.cost, rare: rare.cost, second, typed, typedMedianMs: median(typed.map((run) => run.ms)) },
  };
}
