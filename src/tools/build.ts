// Builds into a staging folder and swaps it in only when the whole build succeeded, so a
// failed build (bad content, a Pagefind error) never leaves a half-written site.
// OUT_DIR picks the output folder (tests build fixtures elsewhere); extra arguments go to astro.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const out = process.env['OUT_DIR'] ?? 'dist';
// One staging folder per build process, so two builds at once never write into each other.
const staging = `${out}.partial-${process.pid}`;
// Astro's own CLI, run with this Node, so the build works whether or not npm put it on PATH.
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', staging, ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed; ${existsSync(out) ? `${out}/ still holds the previous complete build` : `nothing was written to ${out}/`}.`);
  process.exit(result.status ?? 1);
}
rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
console.log(`Site written to ${out}/`);
