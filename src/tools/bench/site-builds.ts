// Full builds of the project's own content, each into its own folder with a fresh Astro
// cache; the last one stays for the page, Lighthouse and search measurements.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildPhase } from './build-log.ts';
import { folderSize, type Size } from './folder-size.ts';
import type { Say } from './format.ts';
import { median } from './median.ts';
import { timedBuild } from './timed-build.ts';

export interface SiteBuilds {
  /** Milliseconds of each build. */
  runs: number[];
  medianMs: number;
  dist: Size;
  pagefind: Size;
  /** Where the last build's time went. */
  phases: BuildPhase[];
}

export async function buildSite({ root, work, builds, resultsDir, say }: { root: string; work: string; builds: number; resultsDir: string; say: Say }): Promise<SiteBuilds & { distDir: string }> {
  const runs: number[] = [];
  let phases: BuildPhase[] = [];
  let out = '';
  for (let i = 1; i <= builds; i++) {
    out = join(work, `build-${i}`);
    process.stdout.write(`Build ${i}/${builds} … `);
    const result = await timedBuild({ root, outDir: join(out, 'dist'), cacheDir: join(out, 'cache'), log: join(resultsDir, `build-${i}.log`) });
    if (!result.ok) throw new Error(`the build failed; see ${result.log}`);
    say(`${(result.ms / 1000).toFixed(1)} s`);
    runs.push(result.ms);
    phases = result.phases;
    if (i < builds) rmSync(out, { recursive: true, force: true });
  }
  const distDir = join(out, 'dist');
  return { distDir, runs, medianMs: median(runs), dist: folderSize(distDir), pagefind: folderSize(join(distDir, 'pagefind')), phases };
}
