// Search figures come from the search benchmark (src/tools/bench-search.mjs, owned
// separately), run as a child process over our build; we fold in its JSON when it succeeds.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const TIMEOUT_MS = 20 * 60_000;

/** Runs the search bench against `dist`; resolves to `{ ok, ms, log, json?, error? }`. */
export function runSearchBench({ root, dist, log }) {
  const script = join(root, 'src/tools/bench-search.mjs');
  const outFile = join(root, 'bench-results/search.json');
  if (!existsSync(script)) return Promise.resolve({ ok: false, ms: 0, log, error: 'src/tools/bench-search.mjs does not exist' });
  return new Promise((resolve) => {
    const out = createWriteStream(log);
    const started = Date.now();
    const child = spawn(process.execPath, [script, '--dist', dist, '--out', 'bench-results/search.json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    const timer = setTimeout(() => child.kill('SIGTERM'), TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Date.now() - started;
      out.end(() => {
        const tail = readFileSync(log, 'utf8').trim().split('\n').slice(-3).join(' | ');
        if (code !== 0) return resolve({ ok: false, ms, log, error: `exited with ${signal ?? code}: ${tail}` });
        if (!existsSync(outFile) || statSync(outFile).mtimeMs < started) {
          return resolve({ ok: false, ms, log, error: 'it succeeded but wrote no fresh bench-results/search.json' });
        }
        try {
          resolve({ ok: true, ms, log, json: JSON.parse(readFileSync(outFile, 'utf8')) });
        } catch (error) {
          resolve({ ok: false, ms, log, error: `bench-results/search.json is not JSON: ${error.message}` });
        }
      });
    });
  });
}

/** The figures we report, picked defensively from the search bench's JSON. */
export function searchFigures(json) {
  const site = json?.cost?.site;
  const base = json?.cost?.default;
  const pick = (cost) =>
    cost && !cost.error
      ? {
          firstQuery: { query: cost.firstQuery?.query, bytes: cost.firstQuery?.bytes, requests: cost.firstQuery?.requests, ms: cost.firstQuery?.ms },
          secondQuery: { query: cost.secondQuery?.query, bytes: cost.secondQuery?.bytes, requests: cost.secondQuery?.requests, ms: cost.secondQuery?.ms },
          medianQueryMs: cost.medianMs,
          searchCodeBeforeSearch: cost.before?.searchCode,
        }
      : { error: cost?.error ?? 'no cost figures in search.json' };
  return {
    site: pick(site),
    pagefindDefault: pick(base),
    quality: json?.summary?.all
      ? { queries: json.summary.all.n, recall: json.summary.all.site?.recall, precision: json.summary.all.site?.precision, defaultRecall: json.summary.all.default?.recall, defaultPrecision: json.summary.all.default?.precision, verdict: json.summary.all.verdict }
      : undefined,
    notAhead: (json?.summary?.categories ?? []).filter((row) => row.verdict === 'behind').map((row) => row.category),
  };
}
