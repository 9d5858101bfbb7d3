// Builds into a staging folder and swaps it in only when the whole build succeeded, so a
// failed build (bad content, a Pagefind error) never leaves a half-written dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const staging = '.build-staging';
const out = 'dist';
rmSync(staging, { recursive: true, force: true });
const result = spawnSync('astro', ['build', '--outDir', staging, ...process.argv.slice(2)], { stdio: 'inherit', shell: false });
if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed; ${existsSync(out) ? `${out}/ still holds the previous complete build` : `nothing was written to ${out}/`}.`);
  process.exit(result.status ?? 1);
}
rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
console.log(`Site written to ${out}/`);
