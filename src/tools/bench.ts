// The performance benchmark: builds and serves the site, then measures build time and output
// size, what each page type costs a first visit, Lighthouse scores, search quality and cost
// (the search bench) and how the build scales with synthetic articles, against a bare
// hand-written page of the same article as the lower bound. Prints Markdown tables and writes
// bench-results/bench.json. Performance is measured here, never by timed assertions in tests.
//
//   node src/tools/bench.ts [--quick] [--scale 5000,…] [--builds 3] [--lighthouse-runs 3]
//                           [--no-lighthouse] [--no-search] [--keep] [--out bench-results/bench.json]
//
// The scale runs build N = 1, 100 and 1,000 synthetic articles; --scale adds more N (not in
// npm test: N = 5,000 takes minutes). --quick skips Lighthouse and the scale runs. Everything
// is built into a temporary folder (dist/ is left alone); --keep leaves it for inspection.
// Nothing is read from outside the repository.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './browser/launch.ts';
import { firstArticle } from './bench/article-text.ts';
import { writeBarePage } from './bench/bare.ts';
import { printReport } from './bench/print-report.ts';
import type { BenchReport } from './bench/report.ts';
import { lighthousePages, runLighthouseStep } from './bench/lighthouse-step.ts';
import { runScale } from './bench/scale.ts';
import { runSearchStep } from './bench/search-step.ts';
import { buildSite } from './bench/site-builds.ts';
import { measurePage, sitePages } from './bench/site-pages.ts';
import { loadPools } from './bench/synthetic-pools.ts';
import { startStaticServer } from './static-server.ts';

const root = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scale: { type: 'string', default: '' },
    builds: { type: 'string', default: '3' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results/bench.json' },
  },
});
const extraSizes = args.scale.split(',').filter(Boolean).map(Number);
if (extraSizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--scale takes whole numbers of articles separated by commas (for example --scale 5000), not "${args.scale}"`);
const scaleSizes = args.quick ? [] : [...new Set([1, 100, 1000, ...extraSizes])].sort((a, b) => a - b);
const builds = Math.max(1, Number(args.builds) || 1);
const lighthouseRuns = args.quick || args['no-lighthouse'] ? 0 : Math.max(1, Number(args['lighthouse-runs']) || 1);

const contentDir = join(root, 'content');
const slug = process.env['BENCH_ARTICLE'] ?? firstArticle(contentDir);
const work = mkdtempSync(join(tmpdir(), 'annotated-bench-'));
const resultsDir = join(root, 'bench-results');
mkdirSync(resultsDir, { recursive: true });
const say = (line: string) => console.log(line);
const startedAt = performance.now();
const cleanup: (() => Promise<void>)[] = [];

const report: BenchReport = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version, loadAverageAtStart: loadavg()[0] ?? 0 },
  article: slug,
  options: { quick: args.quick, scale: scaleSizes, builds, lighthouseRuns, search: !args['no-search'] },
  phasesMs: {},
};
async function phase<T>(name: string, step: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await step();
  } finally {
    report.phasesMs[name] = Math.round(performance.now() - started);
  }
}
async function closeAll() {
  for (const step of cleanup.splice(0).reverse()) await step().catch(() => {});
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    say(`\n${signal}: stopping the servers and Chromium …`);
    void closeAll().finally(() => {
      if (!args.keep) rmSync(work, { recursive: true, force: true });
      process.exit(130);
    });
  });
}

let exitCode = 0;
try {
  // 1. Full builds of the real content; the last one is measured.
  const { distDir, ...build } = await phase('build', () => buildSite({ root, work, builds, resultsDir, say }));
  report.build = build;

  // 2. Both sites behind the same server, one browser for pages and Lighthouse.
  const bare = writeBarePage({ dir: join(work, 'bare'), contentDir, slug });
  const site = await startStaticServer({ dir: distDir });
  cleanup.push(site.close);
  const bareSite = await startStaticServer({ dir: join(work, 'bare') });
  cleanup.push(bareSite.close);
  const launched = await launchBrowser({ debugging: lighthouseRuns > 0 });
  cleanup.push(launched.close);
  report.machine.chromium = `Chromium ${launched.browser.version()}`;
  say(`Site ${site.url}  bare page ${bareSite.url}  ${report.machine.chromium}`);

  // 3. Page weight per page type, and the bare page.
  const specs = sitePages(slug);
  report.pages = await phase('pages', async () => {
    const measured = [];
    for (const spec of specs) measured.push(await measurePage(launched.browser, site.url, spec));
    return measured;
  });
  report.bare = await measurePage(launched.browser, bareSite.url, { name: 'bare article', path: bare.path });
  const article = report.pages.find((p) => p.name === 'article');
  if (article && !('error' in article) && !('error' in report.bare)) {
    report.articleVsBare = {
      transferred: article.transferred / report.bare.transferred,
      decoded: article.decoded / report.bare.decoded,
      requests: article.requests / report.bare.requests,
      jsBytes: { site: article.js.total, bare: report.bare.js.total },
    };
  }

  // 4. Lighthouse, through the same Chromium's debugging port.
  if (lighthouseRuns > 0 && launched.debuggingPort) {
    const port = launched.debuggingPort;
    report.lighthouse = await phase('lighthouse', () => runLighthouseStep({ origin: site.url, pages: lighthousePages(specs), port, runs: lighthouseRuns, say }));
  }
  await closeAll();

  // 5. Search quality and cost (the search bench, with its own browser and servers).
  if (!args['no-search']) {
    process.stdout.write('Search bench (src/tools/bench-search/) … ');
    report.search = await phase('search', () => runSearchStep({ root, dist: distDir, contentDir, slug, resultsDir }));
    say(report.search.ok ? `done in ${(report.search.ms / 1000).toFixed(0)} s` : `FAILED: ${report.search.error}`);
  }

  // 6. Scale: N synthetic articles, one full build each.
  if (scaleSizes.length) {
    const pools = loadPools(contentDir, slug);
    const scaleBrowser = await launchBrowser();
    cleanup.push(scaleBrowser.close);
    report.scale = await phase('scale', () => runScale({ root, work, sizes: scaleSizes, pools, browser: scaleBrowser.browser, resultsDir, keep: args.keep, say }));
  }
} catch (error) {
  console.error(`\nBench stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  report.error = error instanceof Error ? error.message : String(error);
  exitCode = 1;
} finally {
  await closeAll();
  if (!args.keep) rmSync(work, { recursive: true, force: true });
}

report.machine.loadAverageAtEnd = loadavg()[0] ?? 0;
report.totalMs = Math.round(performance.now() - startedAt);
const outFile = resolve(root, args.out);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
printReport(say, report);
say(`Details: ${args.out}${args.keep ? `; builds kept in ${work}` : ''}`);
process.exit(exitCode);
