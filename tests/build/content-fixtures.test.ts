import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { describe, expect, test } from 'vitest';
import { parseSearchDocument } from '../../src/lib/search/search-document.ts';
import { chromiumFlags, chromiumPath } from '../../src/tools/chromium.ts';

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

function build(name: string, contentDir: string, prepare?: (outDir: string) => void, env: Record<string, string> = {}): Promise<BuildResult> {
  const outDir = join(work, name, 'dist');
  rmSync(join(work, name, 'dist'), { recursive: true, force: true });
  mkdirSync(join(work, name), { recursive: true });
  prepare?.(outDir);
  return new Promise((done) => {
    const child = spawn(process.execPath, ['src/tools/build.ts'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, name, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code, output: output.replace(/\u001b\[[0-9;]*m/g, ''), outDir }));
  });
}

/**
 * A bad fixture holds only the files that differ from the good one, and lists in
 * `removed.txt` the good fixture's files it lacks.
 */
function contentFor(bad: string): string {
  const dir = join(work, bad, 'content');
  const fixture = join(fixtures, 'bad', bad);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(fixtures, 'good'), dir, { recursive: true });
  cpSync(fixture, dir, { recursive: true, filter: (source) => !/(expected|removed)\.txt$/.test(source) });
  const removed = join(fixture, 'removed.txt');
  if (existsSync(removed)) for (const file of readFileSync(removed, 'utf8').split('\n').filter(Boolean)) rmSync(join(dir, file));
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
    expect(html).toMatch(/<div class="pair" id="p3"><span class="retired" id="p4"><\/span>/);
    expect(html).toContain('<a href="#note-opening-quote">لـ”معاهدة</a>');
    expect(result.output).not.toMatch(/not translated yet/);
    expect(leftoverStaging(result.outDir)).toEqual([]);
  });

  test('builds a draft translation, showing its untranslated block as such and warning about it', async () => {
    const dir = contentFor('translation-block-untranslated');
    const translation = join(dir, 'translations/sample.en.md');
    writeFileSync(translation, readFileSync(translation, 'utf8').replace('translator: Test\n', 'translator: Test\ndraft: true\n'));
    const result = await build('draft', dir);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('translations/sample.en.md → draft: 1 of 4 blocks are not translated yet: p3');
    const html = readFileSync(join(result.outDir, 'articles/sample/index.html'), 'utf8');
    expect(html).toMatch(/id="p3"[\s\S]*?Not translated yet\./);
    // The one article's search document, stored gzipped under Pagefind's id for it.
    const [stored = 'none', ...others] = readdirSync(join(result.outDir, 'search-data'));
    expect(others).toEqual([]);
    const search = parseSearchDocument(JSON.parse(gunzipSync(readFileSync(join(result.outDir, 'search-data', stored))).toString('utf8')), stored);
    const p3 = search.entries.find((entry) => entry.address === 'p3');
    expect(p3 && p3.kind !== 'note' && p3.translation, 'an untranslated block is not indexed').toBeNull();
  });

  test('records a declared change with ids:record, then builds it into the change log with the earlier wording', async () => {
    const dir = contentFor('change-declared-unrecorded');
    const recorded = await build('change-recorded', dir, undefined, { RECORD_IDS: '1' });
    expect(recorded.code, recorded.output).toBe(0);
    const lock = JSON.parse(readFileSync(join(dir, 'published-addresses.json'), 'utf8')) as { sample: { changes: unknown[] } };
    expect(lock.sample.changes).toEqual([{ edition: 2, address: 'p2', part: 'translation' }]);
    const again = await build('change-recorded', dir);
    expect(again.code, again.output).toBe(0);
    const page = readFileSync(join(again.outDir, 'articles/sample/index.html'), 'utf8');
    expect(page).toMatch(/id="changes"[\s\S]*?edition 2 revised the translation of paragraph 2/);
    const log = readFileSync(join(again.outDir, 'articles/sample/changes/index.html'), 'utf8');
    expect(log).toContain('The agency released the full text of the “Treaty on Comprehensive Strategic Partnership”.');
    expect(log).toContain('translation revised');
  });

  test('there is a bad fixture for every kind of content error', () => {
    expect(badCases.length).toBeGreaterThanOrEqual(35);
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
      cpSync(join(fixtures, 'good/published-addresses.json'), join(outDir, 'marker.json'));
    });
    expect(result.code).not.toBe(0);
    expect(existsSync(join(result.outDir, 'marker.json'))).toBe(true);
    expect(result.output).toContain('still holds the previous complete build');
  });
});

/** A port nothing listens on, so the dev server never meets another process's server. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const withoutTestRunner = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));

/** Starts `astro dev` on a content folder; resolves once it serves. */
function devServer(contentDir: string, port: number): Promise<{ output: () => string; stop: () => void }> {
  return new Promise((ready, fail) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: root,
      // Not Vitest's environment: with NODE_ENV=test and VITEST set, astro dev serves no pages.
      env: { ...withoutTestRunner(process.env), CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(work, 'dev', 'cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    const stop = () => child.kill('SIGTERM');
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/ready in|Local\s+http/.test(output)) ready({ output: () => output, stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => fail(new Error(`astro dev exited with ${code}:\n${output}`)));
  });
}

describe('the dev server', () => {
  test('shows the build’s own message over the page while a note or an address is broken, and the page again once fixed', async () => {
    const content = contentFor('note-phrase-not-in-paragraph');
    // Start from the good content, then break it while the server runs, as an author would.
    const note = join(content, 'notes/sample/article-51.md');
    const good = readFileSync(join(fixtures, 'good/notes/sample/article-51.md'), 'utf8');
    writeFileSync(note, good);
    const port = await freePort();
    const server = await devServer(content, port);
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
    try {
      const page = await browser.newPage();
      const url = `http://127.0.0.1:${port}/articles/sample/`;
      // The dev server's error overlay (Vite's, styled by Astro) is a custom element whose message is in its shadow root.
      const overlay = () => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
      const showsMessage = (message: string) => async () => {
        await page.waitForFunction(() => document.querySelector('vite-error-overlay') !== null, undefined, { timeout: 2_000 }).catch(() => undefined);
        return (await overlay()).includes(message);
      };
      const showsArticle = async () => (await page.locator('#p3').count()) === 1 && (await overlay()) === '';
      const waitFor = async (check: () => Promise<boolean>) => {
        for (let tries = 0; tries < 30; tries++) {
          // The dev server reloads the page itself after an edit, which can abort a navigation.
          const loaded = await page.goto(url, { waitUntil: 'domcontentloaded' }).then(() => true, () => false);
          if (loaded && (await check().catch(() => false))) return true;
          await page.waitForTimeout(500);
        }
        return false;
      };
      expect(await waitFor(showsArticle), server.output()).toBe(true);

      writeFileSync(note, good.replace('المادة 51', 'المادة 52'));
      const message = 'article-51.md → phrase: “المادة 52” does not occur in paragraph p3';
      expect(await waitFor(showsMessage(message)), server.output()).toBe(true);
      expect(server.output(), 'the terminal shows it too').toContain(message);

      writeFileSync(note, good);
      const entry = join(content, 'articles/sample.yml');
      writeFileSync(entry, readFileSync(entry, 'utf8').replace('retiredIds:\n  p4: p3\n', ''));
      expect(await waitFor(showsMessage('the published address "p4"')), server.output()).toBe(true);

      writeFileSync(entry, readFileSync(join(fixtures, 'good/articles/sample.yml'), 'utf8'));
      expect(await waitFor(showsArticle), server.output()).toBe(true);
    } finally {
      await browser.close();
      server.stop();
    }
  }, 120_000);
});
