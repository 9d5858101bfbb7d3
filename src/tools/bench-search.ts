// Search-quality benchmark: runs the judged query set (tests/search/queries.json) against the
// built site's own search page and against Pagefind's default setup on the same pages, in
// Chromium, and reports recall and precision per query and per category, plus what a search
// costs (bytes fetched, time from query to results).
//
//   node src/tools/bench-search.ts [--build] [--check] [--no-cost] [--cost-runs N] [--dist DIR]
//                                  [--queries FILE] [--out FILE] [--only CATEGORY,...]
//
// --build builds dist/ first (node src/tools/build.ts); without it an existing dist/ is used
// (and built when missing). --check exits 1 unless this site is ahead of or equal to the
// default on recall and on precision in every category. Details go to bench-results/search.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { firstArticle } from './bench/article-text.ts';
import { readQueries } from './bench-search/queries.ts';
import { runSearchBench } from './bench-search/run.ts';

const root = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    'no-cost': { type: 'boolean', default: false },
    'cost-runs': { type: 'string', default: '3' },
    dist: { type: 'string', default: process.env['DIST_DIR'] ?? 'dist' },
    queries: { type: 'string', default: 'tests/search/queries.json' },
    out: { type: 'string', default: 'bench-results/search.json' },
    only: { type: 'string', default: '' },
  },
});

const dist = resolve(root, args.dist);
if (args.build || !existsSync(join(dist, 'index.html'))) {
  console.log(`Building ${args.dist}/ …`);
  const built = spawnSync(process.execPath, [join(root, 'src/tools/build.ts')], { cwd: root, stdio: 'inherit', env: { ...process.env, OUT_DIR: dist } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const contentDir = resolve(root, process.env['CONTENT_DIR'] ?? 'content');
let exitCode = 0;
try {
  const result = await runSearchBench({
    dist,
    contentDir,
    slug: process.env['BENCH_ARTICLE'] ?? firstArticle(contentDir),
    queries: readQueries(resolve(root, args.queries), args.only.split(',').filter(Boolean)),
    costRuns: args['no-cost'] ? 0 : Math.max(1, Number(args['cost-runs']) || 1),
    out: (line) => console.log(line),
    progress: (done, total) => process.stdout.write(`\r${done}/${total} queries${done === total ? '\n\n' : ''}`),
  });
  const behind = result.summary.categories.filter((row) => row.verdict === 'behind');
  console.log(
    behind.length
      ? `\nNot ahead in ${behind.length} categor${behind.length === 1 ? 'y' : 'ies'}: ${behind.map((row) => row.category).join(', ')}.`
      : `\nThis site is ahead of or equal to Pagefind default in every category (${result.summary.categories.filter((row) => row.verdict === 'ahead').length} ahead).`,
  );
  const outFile = resolve(root, args.out);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify({ ...result, dist: args.dist }, null, 2)}\n`);
  console.log(`Details: ${args.out}`);
  if (args.check && (behind.length || result.unknownAddresses.length)) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 2;
}
process.exit(exitCode);
