// Scale runs: N synthetic articles (see synthetic.mjs) built from scratch, for each N the
// build time, output and Pagefind index size, and the weight of the pages that grow with N
// (the home listing, a search). Cost per article is the difference from the smallest N.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { timedBuild } from './build.mjs';
import { connectCdp } from './cdp.mjs';
import { launchChromium } from './chromium.mjs';
import { folderSize, topLevelSizes } from './files.mjs';
import { measurePage } from './page-weight.mjs';
import { serve } from './server.mjs';
import { writeSyntheticContent } from './synthetic.mjs';

/** Requests grouped by folder (`/search-data/`, `/pagefind/fragment/`, …), to see what grows with N. */
function byFolder(resources) {
  const groups = {};
  for (const r of resources) {
    const folder = r.url.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
    const group = (groups[folder] ??= { requests: 0, transferred: 0, decoded: 0 });
    group.requests += 1;
    group.transferred += r.transferred;
    group.decoded += r.decoded;
  }
  return groups;
}

async function weigh(cdp, root, dist, pages) {
  const server = await serve({ root, dir: dist });
  try {
    const weights = {};
    for (const page of pages) {
      const weight = await measurePage(cdp, `${server.url}${page.path}`, { ready: page.ready }).catch((error) => ({ error: String(error.message ?? error) }));
      weights[page.name] = weight.error
        ? weight
        : { requests: weight.requests, transferred: weight.transferred, decoded: weight.decoded, byKind: weight.byKind, byFolder: byFolder(weight.resources), timedOut: weight.timedOut };
    }
    return weights;
  } finally {
    await server.close();
  }
}

/** Runs every N in `sizes` (ascending) in its own folder under `work`; returns `{ runs }`. */
export async function runScale({ root, work, sizes, pools, pages, resultsDir, keep, say }) {
  const chromium = await launchChromium();
  const cdp = await connectCdp(chromium.wsUrl);
  const runs = [];
  try {
    for (const n of sizes) {
      const dir = join(work, `scale-${n}`);
      const content = join(dir, 'content');
      const dist = join(dir, 'dist');
      mkdirSync(content, { recursive: true });
      const generated = writeSyntheticContent(content, n, pools);
      process.stdout.write(`Scale N=${n} (${generated.blocks} blocks, ${generated.notes} notes) … `);
      const log = join(resultsDir, `scale-${n}.log`);
      const result = await timedBuild({ root, outDir: dist, cacheDir: join(dir, 'cache'), contentDir: content, recordIds: true, log });
      if (result.ok) {
        const run = { n, ms: result.ms, generated, dist: folderSize(dist), pagefind: folderSize(join(dist, 'pagefind')), byFolder: topLevelSizes(dist) };
        run.pages = await weigh(cdp, root, dist, pages);
        say(`${(result.ms / 1000).toFixed(1)} s, ${(run.dist.bytes / 1024 / 1024).toFixed(1)} MB`);
        runs.push(run);
      } else {
        say(`FAILED (see ${log})`);
        runs.push({ n, error: `build failed, see bench-results/scale-${n}.log`, ms: result.ms, generated });
      }
      if (!keep) rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    cdp.close();
    await chromium.close();
  }
  const base = runs.find((r) => !r.error);
  for (const r of runs) {
    if (r.error || !base || r.n === base.n) continue;
    const extra = r.n - base.n;
    r.perArticle = {
      ms: (r.ms - base.ms) / extra,
      distBytes: (r.dist.bytes - base.dist.bytes) / extra,
      files: (r.dist.files - base.dist.files) / extra,
      pagefindBytes: (r.pagefind.bytes - base.pagefind.bytes) / extra,
    };
  }
  return { runs };
}
