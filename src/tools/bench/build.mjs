// Runs the project's build (src/tools/build.mjs) as a reader of the README would, into a
// folder of our choosing with its own Astro cache, and times it.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';

/**
 * Builds `contentDir` (undefined = the project's content/) into `outDir`. Resolves to
 * `{ ok, ms, log }`; the build's output goes to the file `log`, not the console.
 */
export function timedBuild({ root, outDir, cacheDir, contentDir, recordIds = false, log }) {
  const env = { ...process.env, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' };
  if (contentDir) env.CONTENT_DIR = contentDir;
  if (recordIds) env.RECORD_IDS = '1';
  else delete env.RECORD_IDS;
  return new Promise((resolve) => {
    const out = createWriteStream(log);
    const started = performance.now();
    const child = spawn(process.execPath, ['src/tools/build.mjs'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('close', (code) => {
      const ms = performance.now() - started;
      out.end(() => resolve({ ok: code === 0, ms, log }));
    });
  });
}
