// Search-quality benchmark: runs the judged query set (tests/search/queries.json) against the
// built site's own search page and against Pagefind's default setup on the same pages, in
// Chromium, and reports recall and precision per query and per category, plus what a search
// costs (bytes fetched, time from query to results).
//
//   node src/tools/bench-search.mjs [--build] [--check] [--no-cost] [--cost-runs N] [--dist DIR]
//                                   [--queries FILE] [--out FILE] [--only CATEGORY,...]
//
// --build builds dist/ first (node src/tools/build.mjs); without it an existing dist/ is used
// (and built when missing). --check exits 1 unless this site is ahead of or equal to the
// default on recall and on precision in every category. Details go to bench-results/search.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch, newContext } from './bench-search/browser.mjs';
import { defaultCost, siteCost } from './bench-search/cost.mjs';
import { buildDefaultVariant } from './bench-search/default-variant.mjs';
import { score, summarise } from './bench-search/metrics.mjs';
import { printCost, printTable, printWorst } from './bench-search/report.mjs';
import { askDefault, askSite } from './bench-search/runners.mjs';
import { serve } from './bench/server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    'no-cost': { type: 'boolean', default: false },
    'cost-runs': { type: 'string', default: '3' },
    dist: { type: 'string', default: process.env.DIST_DIR ?? 'dist' },
    queries: { type: 'string', default: 'tests/search/queries.json' },
    out: { type: 'string', default: 'bench-results/search.json' },
    only: { type: 'string' },
  },
});

const dist = resolve(root, args.dist);
if (args.build || !existsSync(join(dist, 'index.html'))) {
  console.log(`Building ${args.dist}/ …`);
  const built = spawnSync(process.execPath, ['src/tools/build.mjs'], { cwd: root, stdio: 'inherit', env: { ...process.env, OUT_DIR: dist } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

let queries = JSON.parse(readFileSync(resolve(root, args.queries), 'utf8'));
if (args.only) {
  const wanted = new Set(args.only.split(','));
  queries = queries.filter((q) => wanted.has(q.category) || wanted.has(q.id));
}
const articles = readdirSync(join(dist, 'articles'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const slug = process.env.BENCH_ARTICLE ?? articles[0];
if (!slug) throw new Error(`no article in ${dist}/articles/`);

// Every expected address must exist on the built page (a paragraph or heading pair, or a
// note); a stale query set would make both systems look worse for nothing.
const articleHtml = readFileSync(join(dist, 'articles', slug, 'index.html'), 'utf8');
const known = new Set(
  [...articleHtml.matchAll(/<(?:div|article)\b[^>]*\bclass="(?:pair\b|note\b)[^"]*"[^>]*>/g)]
    .map((match) => /\bid="([^"]+)"/.exec(match[0])?.[1])
    .filter(Boolean),
);
const unknown = queries.flatMap((q) => q.expected.filter((address) => !known.has(address)).map((address) => `${q.id}: ${address}`));
if (unknown.length) console.log(`Expected addresses not on the built page (${unknown.length}): ${unknown.join(', ')}`);

// The cost queries: a first query from the article's header field, then typed queries.
const COST = { first: 'معاهده', second: 'Putin', more: ['کوریا', 'sanction', '"مجلس الامن"', 'بوتين فيتنام'] };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Several cost runs, each in a fresh browser context: bytes come from the first run (they
 * do not vary), times are the median over the runs; every run's times stay in the JSON.
 */
function combineRuns(all) {
  const ok = all.filter((run) => !run.error);
  if (ok.length === 0) return all[0];
  const [first] = ok;
  return {
    ...first,
    firstQuery: { ...first.firstQuery, ms: median(ok.map((run) => run.firstQuery.ms)) },
    medianMs: median(ok.map((run) => run.medianMs)),
    runs: all.map((run) =>
      run.error
        ? { error: run.error }
        : { firstQueryMs: run.firstQuery.ms, medianMs: run.medianMs, firstQueryBytes: run.firstQuery.bytes, secondQueryBytes: run.secondQuery.bytes, typed: run.typedQueries },
    ),
  };
}

const cleanup = [];
let exitCode = 0;
try {
  console.log('Indexing the Pagefind-default variant …');
  const variant = await buildDefaultVariant(dist);
  cleanup.push(variant.remove);
  const site = await serve({ root, dir: dist });
  cleanup.push(site.close);
  const base = await serve({ root, dir: variant.dir });
  cleanup.push(base.close);
  console.log(`site ${site.url}  default ${base.url} (${variant.pages} pages indexed)  article ${slug}  ${queries.length} queries`);

  const browser = await launch();
  cleanup.push(() => browser.close());

  // Is there a search page to ask at all?
  const probe = await fetch(`${site.url}search/`).catch((error) => ({ ok: false, status: String(error) }));
  const siteNote = probe.ok ? undefined : `no search page: GET /search/ answered ${probe.status}`;
  if (siteNote) console.log(`This site: ${siteNote}; its queries count as errors.`);

  const siteContext = await newContext(browser);
  const sitePage = await siteContext.newPage();
  const siteConsole = [];
  sitePage.on('pageerror', (error) => siteConsole.push(String(error)));
  const defaultContext = await newContext(browser);
  const defaultPage = await defaultContext.newPage();
  await defaultPage.goto(`${base.url}articles/${slug}/`, { waitUntil: 'load' });

  const results = [];
  for (const [i, q] of queries.entries()) {
    const siteAnswer = siteNote ? { state: 'missing', addresses: [], rows: [] } : await askSite(sitePage, site.url, q.query, { slug });
    const defaultAnswer = await askDefault(defaultPage, q.query).catch((error) => ({ state: 'error', addresses: [], error: String(error) }));
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
    process.stdout.write(`\r${i + 1}/${queries.length} queries`);
  }
  process.stdout.write('\n\n');
  await siteContext.close();
  await defaultContext.close();

  const summary = summarise(results);
  printTable(summary);
  console.log();
  printWorst(results);
  const lost = results.filter((r) => r.site.recall < r.default.recall || r.site.precision < r.default.precision);
  if (lost.length) {
    console.log(`\nQueries where Pagefind default beats this site on recall or precision (${lost.length}):`);
    for (const r of lost) console.log(`  ${r.id} ${JSON.stringify(r.query)}  site R ${(r.site.recall * 100).toFixed(0)} P ${(r.site.precision * 100).toFixed(0)}  default R ${(r.default.recall * 100).toFixed(0)} P ${(r.default.precision * 100).toFixed(0)}`);
  }

  let cost;
  if (!args['no-cost']) {
    console.log('\nCost of a search:');
    const runs = Math.max(1, Number(args['cost-runs']) || 1);
    const repeat = async (measure) => {
      const all = [];
      for (let i = 0; i < runs; i += 1) all.push(await measure().catch((error) => ({ error: String(error) })));
      return combineRuns(all);
    };
    const siteFigures = siteNote ? { error: siteNote } : await repeat(() => siteCost(browser, site.url, { slug, ...COST }));
    const defaultFigures = await repeat(() => defaultCost(browser, base.url, { slug, ...COST }));
    cost = { queries: COST, site: siteFigures, default: defaultFigures };
    printCost(cost);
  }

  const behind = summary.categories.filter((row) => row.verdict === 'behind');
  console.log(
    behind.length
      ? `\nNot ahead in ${behind.length} categor${behind.length === 1 ? 'y' : 'ies'}: ${behind.map((row) => row.category).join(', ')}.`
      : `\nThis site is ahead of or equal to Pagefind default in every category (${summary.categories.filter((row) => row.verdict === 'ahead').length} ahead).`,
  );
  if (siteConsole.length) console.log(`Page errors on the search page: ${[...new Set(siteConsole)].slice(0, 5).join(' | ')}`);

  const outFile = resolve(root, args.out);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(
    outFile,
    `${JSON.stringify({ date: new Date().toISOString(), article: slug, dist: args.dist, siteNote, unknownAddresses: unknown, summary, cost, pageErrors: [...new Set(siteConsole)], results }, null, 2)}\n`,
  );
  console.log(`Details: ${args.out}`);
  if (args.check && (behind.length || unknown.length)) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 2;
} finally {
  for (const step of cleanup.reverse()) await step().catch(() => {});
}
process.exit(exitCode);
