// One run of the search bench: the judged queries against this site's search page and against
// Pagefind's default setup on the same pages, then what a search costs on each.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, newContext } from '../browser/launch.ts';
import { readArticleText } from '../bench/article-text.ts';
import { startStaticServer } from '../static-server.ts';
import { combineRuns, defaultCost, siteCost, type CostFigures, type CostQueries, type SearchCost } from './cost.ts';
import { buildDefaultVariant } from './default-variant.ts';
import { score, summarise, type Score, type Summary } from './metrics.ts';
import type { JudgedQuery } from './queries.ts';
import { printCost, printTable, printWorst, type Out } from './report.ts';
import { askDefault, askSite } from './runners.ts';

/** The cost queries: a first query from the article page, then typed queries. */
export const costQueries: CostQueries = { first: 'معاهده', second: 'Putin', more: ['کوریا', 'sanction', '"مجلس الامن"', 'بوتين فيتنام'] };

export interface SearchBenchOptions {
  dist: string;
  contentDir: string;
  slug: string;
  queries: readonly JudgedQuery[];
  /** Cost runs, each in a fresh context; 0 skips the cost. */
  costRuns: number;
  out: Out;
  /** Called after each judged query. */
  progress?: (done: number, total: number) => void;
}

interface SystemResult extends Score {
  state: string;
  error: boolean;
  retrieved: string[];
  ms: number;
}

export interface QueryResult {
  id: string;
  category: string;
  query: string;
  why: string;
  expected: string[];
  site: SystemResult;
  default: SystemResult & { pages: { url: string; words: number; addressed: number }[] };
}

export interface SearchBenchResult {
  date: string;
  article: string;
  dist: string;
  siteNote: string | undefined;
  unknownAddresses: string[];
  summary: Summary;
  cost: { queries: CostQueries; site: CostFigures; default: CostFigures } | undefined;
  pageErrors: string[];
  results: QueryResult[];
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function runSearchBench({ dist, contentDir, slug, queries, costRuns, out, progress }: SearchBenchOptions): Promise<SearchBenchResult> {
  // The article's addresses, from its content: every expected address must be one of them and
  // be on the built page, or a stale query set would make both systems look worse for nothing.
  const article = readArticleText(contentDir, slug);
  const addresses = [...article.translation.map((block) => block.address), ...article.noteAddresses];
  const pageFile = join(dist, 'articles', slug, 'index.html');
  if (!existsSync(pageFile)) throw new Error(`${pageFile} does not exist: build the site first (npm run build)`);
  const html = readFileSync(pageFile, 'utf8');
  const onPage = new Set(addresses.filter((address) => html.includes(`id="${address}"`)));
  const unknownAddresses = queries.flatMap((q) => q.expected.filter((address) => !onPage.has(address)).map((address) => `${q.id}: ${address}`));
  if (unknownAddresses.length) out(`Expected addresses not on the built page (${unknownAddresses.length}): ${unknownAddresses.join(', ')}`);

  const cleanup: (() => Promise<void>)[] = [];
  try {
    out('Indexing the Pagefind-default variant …');
    const variant = await buildDefaultVariant(dist);
    cleanup.push(variant.remove);
    const site = await startStaticServer({ dir: dist });
    cleanup.push(site.close);
    const base = await startStaticServer({ dir: variant.dir });
    cleanup.push(base.close);
    out(`site ${site.url}  default ${base.url} (${variant.pages} pages indexed)  article ${slug}  ${queries.length} queries`);
    const { browser, close } = await launchBrowser();
    cleanup.push(close);

    const probe = await fetch(`${site.url}search/`).then((response) => ({ ok: response.ok, status: String(response.status) }), (error: unknown) => ({ ok: false, status: message(error) }));
    const siteNote = probe.ok ? undefined : `no search page: GET /search/ answered ${probe.status}`;
    if (siteNote) out(`This site: ${siteNote}; its queries count as errors.`);

    const siteContext = await newContext(browser);
    const sitePage = await siteContext.newPage();
    const pageErrors = new Set<string>();
    sitePage.on('pageerror', (error) => pageErrors.add(String(error)));
    const defaultContext = await newContext(browser);
    const defaultPage = await defaultContext.newPage();
    await defaultPage.goto(`${base.url}articles/${slug}/`, { waitUntil: 'load' });

    const results: QueryResult[] = [];
    for (const q of queries) {
      const siteAnswer = siteNote ? { state: 'missing', addresses: [], ms: 0 } : await askSite(sitePage, site.url, q.query, { slug });
      const defaultAnswer = await askDefault(defaultPage, q.query, addresses).catch((error: unknown) => ({ state: 'error', addresses: [], pages: [], ms: 0, error: message(error) }));
      const siteError = !['done', 'empty'].includes(siteAnswer.state);
      const defaultError = defaultAnswer.state !== 'done';
      results.push({
        id: q.id,
        category: q.category,
        query: q.query,
        why: q.why,
        expected: q.expected,
        site: { state: siteAnswer.state, error: siteError, retrieved: siteAnswer.addresses, ms: siteAnswer.ms, ...score(q.expected, siteAnswer.addresses, { error: siteError }) },
        default: { state: defaultAnswer.state, error: defaultError, retrieved: defaultAnswer.addresses, pages: defaultAnswer.pages, ms: defaultAnswer.ms, ...score(q.expected, defaultAnswer.addresses, { error: defaultError }) },
      });
      progress?.(results.length, queries.length);
    }
    await siteContext.close();
    await defaultContext.close();

    const summary = summarise(results);
    printTable(summary, out);
    out('');
    printWorst(results, out);
    const lost = results.filter((r) => r.site.recall < r.default.recall || r.site.precision < r.default.precision);
    if (lost.length) {
      out(`\nQueries where Pagefind default beats this site on recall or precision (${lost.length}):`);
      const p = (value: number) => (value * 100).toFixed(0);
      for (const r of lost) out(`  ${r.id} ${JSON.stringify(r.query)}  site R ${p(r.site.recall)} P ${p(r.site.precision)}  default R ${p(r.default.recall)} P ${p(r.default.precision)}`);
    }

    let cost: SearchBenchResult['cost'];
    if (costRuns > 0) {
      out('\nCost of a search:');
      const repeat = async (measure: () => Promise<SearchCost>) => {
        const all: (SearchCost | { error: string })[] = [];
        for (let i = 0; i < costRuns; i += 1) all.push(await measure().catch((error: unknown) => ({ error: message(error) })));
        return combineRuns(all);
      };
      const siteFigures = siteNote ? { error: siteNote } : await repeat(() => siteCost(browser, site.url, { slug, ...costQueries }));
      const defaultFigures = await repeat(() => defaultCost(browser, base.url, { slug, addresses, ...costQueries }));
      cost = { queries: costQueries, site: siteFigures, default: defaultFigures };
      printCost(cost, out);
    }
    if (pageErrors.size) out(`Page errors on the search page: ${[...pageErrors].slice(0, 5).join(' | ')}`);
    return { date: new Date().toISOString(), article: slug, dist, siteNote, unknownAddresses, summary, cost, pageErrors: [...pageErrors], results };
  } finally {
    for (const step of cleanup.reverse()) await step().catch(() => {});
  }
}
