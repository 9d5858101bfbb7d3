// The performance benchmark: builds and serves the site, then measures build time and output
// size, what each page type costs a first visit, Lighthouse scores, search cost (from the
// search bench) and how the build scales with synthetic articles, against a bare hand-written
// page of the same article as the lower bound. Prints Markdown tables and writes
// bench-results/bench.json. Performance is measured here, never by timed assertions in tests.
//
//   node src/tools/bench.mjs [--quick] [--scale 1,100,1000] [--builds 3] [--lighthouse-runs 3]
//                            [--no-search] [--keep] [--out bench-results/bench.json]
//
// --quick skips Lighthouse and the scale runs. Everything is built into a temporary folder
// (dist/ is left alone); --keep leaves that folder in place for inspection.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeBarePage } from './bench/bare.mjs';
import { timedBuild } from './bench/build.mjs';
import { connectCdp } from './bench/cdp.mjs';
import { launchChromium } from './bench/chromium.mjs';
import { folderSize, median } from './bench/files.mjs';
import { lighthouseMedian, runLighthouse } from './bench/lighthouse.mjs';
import { measurePage } from './bench/page-weight.mjs';
import { printBuild, printLighthouse, printPages, printScale, printSearch } from './bench/report.mjs';
import { runSearchBench, searchFigures } from './bench/search.mjs';
import { serve } from './bench/server.mjs';
import { runScale } from './bench/scale.mjs';
import { loadPools } from './bench/synthetic.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scale: { type: 'string', default: '1,100,1000' },
    builds: { type: 'string', default: '3' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'no-search': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results/bench.json' },
  },
});
const scaleSizes = args.quick ? [] : args.scale.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0).sort((a, b) => a - b);
const buildCount = Math.max(1, Number(args.builds));
const lighthouseRuns = Math.max(1, Number(args['lighthouse-runs']));

const contentDir = join(root, 'content');
const slug = process.env.BENCH_ARTICLE ?? readdirSync(join(contentDir, 'articles')).find((name) => name.endsWith('.mdx'))?.replace(/\.mdx$/, '');
if (!slug) throw new Error('no article in content/articles/');
const SEARCH_QUERY = 'معاهدة';
const SEARCH_READY = `['done', 'empty', 'error'].includes(document.querySelector('#search-results')?.getAttribute('data-state') ?? '')`;
const PAGES = [
  { name: 'home', path: '' },
  { name: 'article', path: `articles/${slug}/` },
  { name: `search ?q=${SEARCH_QUERY}`, path: `search/?q=${encodeURIComponent(SEARCH_QUERY)}`, ready: SEARCH_READY },
  { name: 'about', path: 'about/' },
  { name: '404', path: '404.html' },
];

const work = mkdtempSync(join(tmpdir(), 'annotated-bench-'));
const resultsDir = join(root, 'bench-results');
mkdirSync(resultsDir, { recursive: true });
const cleanup = [];
const say = (line) => console.log(line);
const startedAt = Date.now();
const phaseMs = {};
const phase = async (name, step) => {
  const started = Date.now();
  try {
    return await step();
  } finally {
    phaseMs[name] = Date.now() - started;
  }
};

async function closeAll() {
  for (const step of cleanup.splice(0).reverse()) await step().catch(() => {});
  if (!args.keep) rmSync(work, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    say(`\n${signal}: stopping the servers and Chromium …`);
    closeAll().finally(() => process.exit(130));
  });
}

const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version, loadAverageAtStart: loadavg()[0] },
  article: slug,
  options: { quick: args.quick, scale: scaleSizes, builds: buildCount, lighthouseRuns },
};
let exitCode = 0;
try {
  // 1. Full builds of the real content, each with its own cache; the last one is served.
  const build = await phase('build', async () => {
    const runs = [];
    let out;
    for (let i = 1; i <= buildCount; i++) {
      out = join(work, `build-${i}`);
      process.stdout.write(`Build ${i}/${buildCount} … `);
      const result = await timedBuild({ root, outDir: join(out, 'dist'), cacheDir: join(out, 'cache'), log: join(resultsDir, `build-${i}.log`) });
      if (!result.ok) throw new Error(`the build failed; see ${result.log}`);
      say(`${(result.ms / 1000).toFixed(1)} s`);
      runs.push(result.ms);
      if (i < buildCount) rmSync(out, { recursive: true, force: true });
    }
    const dist = join(out, 'dist');
    return { dist, runs, medianMs: median(runs), distSize: folderSize(dist), pagefind: folderSize(join(dist, 'pagefind')) };
  });
  report.build = { runs: build.runs, medianMs: build.medianMs, dist: build.distSize, pagefind: build.pagefind };

  // 2. The bare page, and both sites behind the same server.
  const bareDir = join(work, 'bare');
  const bare = writeBarePage({ dir: bareDir, seedFile: join(root, '../shared/seed/article.ar.txt'), contentDir, slug });
  const site = await serve({ root, dir: build.dist });
  cleanup.push(site.close);
  const bareSite = await serve({ root, dir: bareDir });
  cleanup.push(bareSite.close);
  const chromium = await launchChromium();
  cleanup.push(chromium.close);
  report.machine.chromium = chromium.version;
  say(`Site ${site.url}  bare page ${bareSite.url}  ${chromium.version}`);

  // 3. Page weight per page type, and the bare page.
  const pages = await phase('pages', async () => {
    const cdp = await connectCdp(chromium.wsUrl);
    try {
      const measured = [];
      for (const page of [...PAGES, { name: 'bare article', path: bare.path, origin: bareSite.url }]) {
        const url = `${page.origin ?? site.url}${page.path}`;
        const result = await measurePage(cdp, url, { ready: page.ready }).catch((error) => ({ error: String(error.message ?? error) }));
        measured.push({ name: page.name, path: page.path, ...result });
      }
      return measured;
    } finally {
      cdp.close();
    }
  });
  report.pages = pages.filter((p) => p.name !== 'bare article');
  report.bare = pages.find((p) => p.name === 'bare article');
  const articleWeight = report.pages.find((p) => p.name === 'article');
  if (articleWeight && !articleWeight.error && !report.bare.error) {
    report.articleVsBare = {
      transferred: articleWeight.transferred / report.bare.transferred,
      decoded: articleWeight.decoded / report.bare.decoded,
      requests: articleWeight.requests / report.bare.requests,
      jsBytes: { site: articleWeight.js.total, bare: report.bare.js.total },
    };
  }

  // 4. Lighthouse, mobile and desktop, on the article and the home page.
  if (!args.quick) {
    report.lighthouse = await phase('lighthouse', async () => {
      const results = [];
      for (const page of [PAGES[1], PAGES[0]]) {
        for (const preset of ['mobile', 'desktop']) {
          process.stdout.write(`Lighthouse ${page.name} ${preset} ×${lighthouseRuns} … `);
          const runs = [];
          let error;
          for (let i = 0; i < lighthouseRuns; i++) {
            try {
              runs.push(await runLighthouse(`${site.url}${page.path}`, { port: chromium.port, preset }));
            } catch (e) {
              error = String(e.message ?? e);
            }
          }
          say(runs.length ? `perf ${runs.map((r) => r.scores.performance).join(', ')}` : `failed: ${error}`);
          results.push(runs.length ? { page: page.name, ...lighthouseMedian(runs), runs: runs.length } : { page: page.name, preset, error });
        }
      }
      return { runs: lighthouseRuns, results };
    });
  }
  for (const step of cleanup.splice(0).reverse()) await step().catch(() => {});

  // 5. Search cost and quality, from the search bench (its own browser and servers).
  if (!args['no-search']) {
    process.stdout.write('Search bench (src/tools/bench-search.mjs) … ');
    const search = await phase('search', () => runSearchBench({ root, dist: build.dist, log: join(resultsDir, 'search.log') }));
    say(search.ok ? `done in ${(search.ms / 1000).toFixed(0)} s` : `FAILED: ${search.error}`);
    report.search = search.ok ? { ok: true, ms: search.ms, figures: searchFigures(search.json), json: 'bench-results/search.json' } : { ok: false, ms: search.ms, error: search.error };
    report.search.log = 'bench-results/search.log';
  }

  // 6. Scale: N synthetic articles, one full build each.
  if (scaleSizes.length) {
    const pools = loadPools(contentDir, slug);
    report.scale = await phase('scale', () => runScale({ root, work, sizes: scaleSizes, pools, pages: [PAGES[0], PAGES[2]], resultsDir, keep: args.keep, say }));
  }
} catch (error) {
  console.error(`\nBench stopped: ${error.stack ?? error}`);
  report.error = String(error.message ?? error);
  exitCode = 1;
} finally {
  await closeAll();
}

report.machine.loadAverageAtEnd = loadavg()[0];
report.phasesMs = phaseMs;
report.totalMs = Date.now() - startedAt;
const outFile = resolve(root, args.out);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);

// The printed report.
say(`\n## Benchmark: ${report.article} (${report.machine.cpus} cores, Node ${report.machine.node}, ${report.machine.chromium ?? 'Chromium'})`);
const { loadAverageAtStart: loadStart, loadAverageAtEnd: loadEnd, cpus: cores } = report.machine;
say(`Load average ${loadStart.toFixed(1)} at the start, ${loadEnd.toFixed(1)} at the end${Math.max(loadStart, loadEnd) > cores ? ` (above ${cores} cores: other work was running, so times and Lighthouse TBT are inflated)` : ''}.`);
if (report.build) printBuild(say, report.build);
if (report.pages) printPages(say, report.pages, report.bare);
if (report.lighthouse) printLighthouse(say, report.lighthouse);
if (report.search) printSearch(say, { ...report.search, log: report.search.log });
if (report.scale) printScale(say, report.scale);
say(`\nBench took ${(report.totalMs / 1000 / 60).toFixed(1)} min (${Object.entries(phaseMs).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(0)} s`).join(', ')}). Details: ${args.out}`);
process.exit(exitCode);
