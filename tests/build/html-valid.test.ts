// Every page of the built site is valid HTML by the W3C Nu HTML Checker (vnu-jar, run on Java):
// errors fail, warnings are printed but allowed, info messages are ignored.
//
// Reads the already built dist/ (run `npm run build` first; DIST_DIR points elsewhere).
// The checker runs once over the whole folder: the JVM takes seconds to start.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { dist, filesUnder, root } from './built-site.ts';

const missingDist = `${relative(root, dist) || '.'}/ is missing or empty: run \`npm run build\` before these tests`;
/** vnu-jar's main export is the path of vnu.jar. */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning' | 'fatal' | 'io' | 'schema' | 'internal';
  url?: string;
  message: string;
  extract?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
}

const pages = existsSync(join(dist, 'index.html'))
  ? filesUnder(dist)
      .filter((file) => file.endsWith('.html'))
      .map((file) => relative(dist, file).split(sep).join('/'))
      .sort()
  : [];

/** The page a message is about, as a path inside dist/ ("about/index.html"). */
function pageOf(message: VnuMessage): string {
  if (!message.url) return '(no page)';
  return relative(dist, fileURLToPath(message.url)).split(sep).join('/');
}

function describeMessage(message: VnuMessage): string {
  const line = message.lastLine ?? message.firstLine;
  const where = line === undefined ? '' : `line ${line}, column ${message.firstColumn ?? message.lastColumn ?? '?'}: `;
  const extract = message.extract ? `\n      …${message.extract.replace(/\s+/g, ' ').trim()}…` : '';
  return `    ${where}${message.message}${extract}`;
}

let messages: VnuMessage[] = [];
let checkerFailure: string | undefined;

beforeAll(() => {
  if (pages.length === 0) return;
  const result = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--skip-non-html', dist], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) {
    checkerFailure = `could not start the checker (java -jar ${relative(root, vnuJar)}): ${result.error.message}. Java 17 or later must be on PATH.`;
    return;
  }
  // vnu writes its report to stderr and exits 1 when it found errors.
  const output = `${result.stderr}`.trim() || `${result.stdout}`.trim();
  try {
    messages = (JSON.parse(output) as { messages: VnuMessage[] }).messages;
  } catch {
    checkerFailure = `the checker's output is not the expected JSON (exit ${result.status}):\n${output.slice(0, 2000)}`;
  }
}, 120_000);

describe('valid HTML (W3C Nu HTML Checker)', () => {
  test('dist/ holds built pages, and the checker ran over them (its warnings are listed, not failed)', () => {
    expect(pages.length, missingDist).toBeGreaterThan(0);
    expect(checkerFailure, checkerFailure).toBeUndefined();
    const broken = messages.filter((message) => message.type === 'non-document-error');
    expect(broken.map((message) => `${pageOf(message)}: ${message.message}`)).toEqual([]);
    // Warnings are allowed: list each kind once, with the pages it occurs on, so they stay visible.
    // Known false alarms: checked as local files, every page gets "Resource violates Content
    // Security Policy" (the checker cannot match 'self' for file: addresses), and the JSON-LD
    // block gets "Inline script violates…" (a data block is never run, so CSP does not apply).
    // The browser tests load the same pages under the same policy and run their scripts.
    const warnings = new Map<string, Map<string, number>>();
    for (const message of messages.filter((item) => item.type === 'info' && item.subType === 'warning')) {
      const kind = message.message.replace(/“[^”]*”/g, (quoted) => (/[/.]/.test(quoted) ? '“…”' : quoted));
      const pagesWith = warnings.get(kind) ?? new Map<string, number>();
      pagesWith.set(pageOf(message), (pagesWith.get(pageOf(message)) ?? 0) + 1);
      warnings.set(kind, pagesWith);
    }
    if (warnings.size > 0) {
      const lines = [...warnings].map(([kind, where]) => `  ${kind}\n    ${[...where].map(([page, count]) => (count > 1 ? `${page} (×${count})` : page)).join(', ')}`);
      console.warn(`[vnu] ${warnings.size} kind(s) of warning (allowed):\n${lines.join('\n')}`);
    }
  });

  test.each(pages)('%s has no HTML errors', (page) => {
    expect(checkerFailure, checkerFailure).toBeUndefined();
    const mine = messages.filter((message) => pageOf(message) === page);
    const errors = mine.filter((message) => message.type === 'error');
    expect(errors.length, `${page}: ${errors.length} error(s):\n${errors.map(describeMessage).join('\n')}\n`).toBe(0);
  });
});
