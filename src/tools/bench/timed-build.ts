// Runs the project's build (src/tools/build.ts) as a reader of the README would, into a
// folder of our choosing with its own Astro cache, and times it. The output goes to a log
// file, and is read back for where the time went.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { buildPhases, type BuildPhase } from './build-log.ts';

export interface TimedBuild {
  ok: boolean;
  ms: number;
  log: string;
  phases: BuildPhase[];
}

export interface BuildOptions {
  root: string;
  outDir: string;
  cacheDir: string;
  /** Undefined builds the project's own content/. */
  contentDir?: string;
  /** Record new addresses in the content's lock file (synthetic content has none yet). */
  recordIds?: boolean;
  log: string;
}

export function timedBuild({ root, outDir, cacheDir, contentDir, recordIds = false, log }: BuildOptions): Promise<TimedBuild> {
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  if (contentDir) env['CONTENT_DIR'] = contentDir;
  else delete env['CONTENT_DIR'];
  if (recordIds) env['RECORD_IDS'] = '1';
  else delete env['RECORD_IDS'];
  return new Promise((done) => {
    const file = createWriteStream(log);
    let output = '';
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, 'src/tools/build.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      file.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      file.end(() => done({ ok: code === 0, ms, log, phases: buildPhases(output, ms) }));
    });
  });
}
