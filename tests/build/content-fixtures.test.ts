import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

// Each fixture is built for real with `npm run build`'s script, as an author would hit it:
// the good one must build, and every bad one must fail with its message and write nothing.
// One build at a time: Astro keeps generated files in <root>/.astro/, shared by every build.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/content');
const work = join(root, '.tmp/fixture-builds');

interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

function build(name: string, contentDir: string, prepare?: (outDir: string) => void): Promise<BuildResult> {
  const outDir = join(work, name, 'dist');
  rmSync(join(work, name, 'dist'), { recursive: true, force: true });
  mkdirSync(join(work, name), { recursive: true });
  prepare?.(outDir);
  return new Promise((done) => {
    const child = spawn(process.execPath, ['src/tools/build.mjs'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, name, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code, output: output.replace(/\u001b\[[0-9;]*m/g, ''), outDir }));
  });
}

/** A bad fixture holds only the files that differ from the good one. */
function contentFor(bad: string): string {
  const dir = join(work, bad, 'content');
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(fixtures, 'good'), dir, { recursive: true });
  cpSync(join(fixtures, 'bad', bad), dir, { recursive: true, filter: (source) => !source.endsWith('expected.txt') });
  return dir;
}

const badCases = readdirSync(join(fixtures, 'bad')).sort();

/** Staging folders a build left beside its output (`dist.partial-<pid>`). */
const leftoverStaging = (outDir: string) => readdirSync(dirname(outDir)).filter((name) => name.startsWith(`${basename(outDir)}.partial`));

describe('building the fixture content', () => {
  test('builds the good fixture, with the retired id landing on the paragraph that replaced it', async () => {
    const result = await build('good', join(fixtures, 'good'));
    expect(result.code, result.output).toBe(0);
    const html = readFileSync(join(result.outDir, 'articles/sample/index.html'), 'utf8');
    expect(html).toMatch(/<div class="pair pair--paragraph"[^>]*id="p3"[^>]*>\s*<span class="pair__retired" id="p4" data-retired-to="p3"/);
    expect(html).toContain('data-note="opening-quote"');
    expect(leftoverStaging(result.outDir)).toEqual([]);
  });

  test('there is a bad fixture for every kind of content error', () => {
    expect(badCases.length).toBeGreaterThanOrEqual(15);
  });

  for (const bad of badCases) {
    test(`fails the build for ${bad.replaceAll('-', ' ')} with a message naming the file and what is wrong`, async () => {
      const expected = readFileSync(join(fixtures, 'bad', bad, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
      const result = await build(bad, contentFor(bad));
      expect(result.code, result.output).not.toBe(0);
      for (const fragment of expected) expect(result.output).toContain(fragment);
      expect(existsSync(result.outDir), 'no site may be written').toBe(false);
      expect(leftoverStaging(result.outDir), 'no staging folder may be left').toEqual([]);
    });
  }

  test('keeps the previous complete site when a later build fails', async () => {
    const result = await build('keeps-previous', contentFor('note-overlap'), (outDir) => {
      mkdirSync(outDir, { recursive: true });
      cpSync(join(fixtures, 'good/published-ids.json'), join(outDir, 'marker.json'));
    });
    expect(result.code).not.toBe(0);
    expect(existsSync(join(result.outDir, 'marker.json'))).toBe(true);
    expect(result.output).toContain('still holds the previous complete build');
  });
});
