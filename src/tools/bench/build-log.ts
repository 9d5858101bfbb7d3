// Where a build's time goes, read from its log: the content loader logs "[articles-loader]
// N articles read and checked in X ms"; Astro logs its setup ("Collecting build info" then
// "✓ Completed in"), its entrypoints (Vite bundling plus the static routes, whose own
// "✓ Completed in" follows "generating static routes") and the total ("N page(s) built in");
// the search integration logs "[pagefind-index] …" as it ends. Astro's totals give the time
// after the pages (its build:done hooks: sitemap and search index), the search integration's
// own line is kept beside as it is; what the log does not account for is the remainder.

export interface BuildPhase {
  name: string;
  ms: number;
  /** What the phase's own log line says, when it says more than its time. */
  detail?: string;
}

/** Milliseconds of the first duration in a text, as Astro and the loader print them: `470ms`, `12 ms`, `1.01s`, `2m 5s`. */
export function parseDuration(text: string): number | undefined {
  const match = /(?:(\d+)m\s*)?(\d+(?:\.\d+)?)\s*(ms|s)\b/.exec(text);
  if (!match) return undefined;
  const [, minutes = '0', value = '0', unit] = match;
  return Number(minutes) * 60_000 + Number(value) * (unit === 'ms' ? 1 : 1000);
}

// The log as written to a terminal may carry colours.
const plain = (log: string) => log.replace(/\u001b\[[0-9;]*m/g, '').split('\n');

/** The first line at or after `from` that matches, and its index. */
function find(lines: readonly string[], pattern: RegExp, from = 0): { line: string; index: number } | undefined {
  for (let index = Math.max(0, from); index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (pattern.test(line)) return { line, index };
  }
  return undefined;
}

const durationAfter = (found: { line: string } | undefined, marker: RegExp) => {
  if (!found) return undefined;
  const rest = found.line.split(marker)[1];
  return rest === undefined ? undefined : parseDuration(rest);
};

/** The phases of one build, in order, from its log and its wall-clock time; they add up to `wallMs`. */
export function buildPhases(log: string, wallMs: number): BuildPhase[] {
  const lines = plain(log);
  const loader = durationAfter(find(lines, /\[articles-loader\] .* read and checked in /), /checked in /);
  const collecting = find(lines, /\[build\] Collecting build info/);
  const setup = durationAfter(collecting && find(lines, /\[build\] ✓ Completed in /, collecting.index + 1), /Completed in /);
  const entrypoints = find(lines, /\[build\] Building \w+ entrypoints/);
  const entrypointsMs = durationAfter(entrypoints && find(lines, /\[build\] ✓ Completed in /, entrypoints.index + 1), /Completed in /);
  const routesStart = find(lines, /generating static routes/);
  const routes = durationAfter(routesStart && find(lines, /^(?:[\d:]+ )?✓ Completed in /, routesStart.index + 1), /Completed in /);
  const total = durationAfter(find(lines, /\[build\] \d+ page\(s\) built in /), /built in /);
  const pagefindLine = find(lines, /\[pagefind-index\]/)?.line.split('[pagefind-index]')[1]?.trim();

  const phases: BuildPhase[] = [];
  const add = (name: string, ms: number | undefined, detail?: string) => {
    if (ms !== undefined && Number.isFinite(ms)) phases.push({ name, ms: Math.max(0, ms), ...(detail ? { detail } : {}) });
  };
  add('content loader (read and check)', loader);
  add('Astro setup (integrations, routes, content sync, types)', setup === undefined ? undefined : setup - (loader ?? 0));
  add('bundling (Vite)', entrypointsMs === undefined || routes === undefined ? undefined : entrypointsMs - routes);
  add('static routes (render pages)', routes);
  if (total !== undefined && setup !== undefined && entrypointsMs !== undefined) {
    add('after the pages (sitemap, search index)', total - setup - entrypointsMs, pagefindLine ? `pagefind-index: ${pagefindLine}` : undefined);
  }
  const accounted = phases.reduce((sum, phase) => sum + phase.ms, 0);
  add('remainder (Node and Astro start, staging swap, anything not logged)', wallMs - accounted);
  return phases;
}
