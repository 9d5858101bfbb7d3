import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleEntrySchema } from '../../src/schemas/article-entry.ts';
import { publishedAddressesSchema } from '../../src/schemas/published-addresses.ts';

// `npm run new-article` for real, on copies of the project's content folder (CONTENT_DIR),
// with the real received text under another slug: what it writes and records, that the
// site then builds with the draft, and that every bad input gets its message and leaves
// the folder exactly as it was.
const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.tmp/new-article');
const inputs = join(work, 'inputs');
const receivedPath = join(root, 'content/sources/north-korea-russia-partnership-treaty.ar.txt');
const received = readFileSync(receivedPath);
const slug = 'treaty-draft';
const titles = ['--title-source', 'كوريا الشمالية وروسيا تتعهدان بالدعم العسكري المتبادل', '--title-en', 'North Korea and Russia pledge mutual military support'];
// Another engineer is converting the build wrapper to TypeScript; use whichever is there.

interface Run {
  code: number | null;
  output: string;
}

function run(command: string, args: readonly string[], env: Record<string, string>): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code, output }));
  });
}

const newArticle = (contentDir: string, args: readonly string[]) => run('npm', ['run', '--silent', 'new-article', '--', ...args], { CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(work, 'cache') });

/** A fresh copy of the project's content folder. */
function contentCopy(name: string): string {
  const dir = join(work, name, 'content');
  rmSync(join(work, name), { recursive: true, force: true });
  cpSync(join(root, 'content'), dir, { recursive: true });
  return dir;
}

/** Every file and folder under a folder, with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) {
        files.set(`${relative(dir, full)}/`, '');
        walk(full);
      } else files.set(relative(dir, full), readFileSync(full).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

function input(name: string, bytes: Uint8Array | string): string {
  const path = join(inputs, name);
  writeFileSync(path, bytes);
  return path;
}

/** Today as the command counts it: the machine's own calendar day. */
const localDay = (now = new Date()) => [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(inputs, { recursive: true });
});

describe('npm run new-article', () => {
  test('starts an article from the real received text, records its addresses, and the site builds it as a draft', async () => {
    const contentDir = contentCopy('good');
    const before = snapshot(contentDir);
    const lockBefore = publishedAddressesSchema.parse(JSON.parse(readFileSync(join(contentDir, 'published-addresses.json'), 'utf8')));
    const dayBefore = localDay();
    const result = await newArticle(contentDir, [input('treaty.txt', received), '--slug', slug, '--lang', 'ar', ...titles]);
    expect(result.code, result.output).toBe(0);

    // Lines 9 and 16 are taken as headings, and the command says so with their addresses.
    expect(result.output).toContain('line 9: ضربات الجزاء  →  #ضربات-الجزاء');
    expect(result.output).toContain('line 16: تجنيد الحلفاء  →  #تجنيد-الحلفاء');

    // Exactly three files are added, and the lock changes; nothing else in the folder does.
    const after = snapshot(contentDir);
    const added = [...after.keys()].filter((path) => !before.has(path)).sort();
    expect(added).toEqual([`articles/${slug}.yml`, `sources/${slug}.ar.txt`, `translations/${slug}.en.md`]);
    const changed = [...before.keys()].filter((path) => after.get(path) !== before.get(path));
    expect(changed).toEqual(['published-addresses.json']);

    expect(readFileSync(join(contentDir, `sources/${slug}.ar.txt`)).equals(received), 'the received text is kept byte for byte').toBe(true);

    const entry = articleEntrySchema.parse(parse(readFileSync(join(contentDir, `articles/${slug}.yml`), 'utf8')));
    expect(entry.title).toBe('كوريا الشمالية وروسيا تتعهدان بالدعم العسكري المتبادل');
    expect(entry.headings).toEqual([9, 16]);
    expect(entry.paragraphIds).toEqual(Array.from({ length: 22 }, (_, index) => `p${index + 1}`));
    expect([dayBefore, localDay()]).toContain(entry.published.toISOString().slice(0, 10));
    expect(entry.edition).toEqual({ number: 1, date: entry.published });
    expect(entry.origin).toEqual({});
    expect(readFileSync(join(contentDir, `articles/${slug}.yml`), 'utf8')).toContain('# origin: what is known of where the text comes from. Left for you to fill in');

    const translation = readFileSync(join(contentDir, `translations/${slug}.en.md`), 'utf8');
    expect(translation).toMatch(/^---\n[\s\S]*\ntitle: North Korea and Russia pledge mutual military support\ntranslator: Annotated Translations editors\ndraft: true\n---\n/);
    const addresses = [...translation.matchAll(/^<!-- (\S+) -->$/gm)].map((match) => match[1]);
    const expected = [...entry.paragraphIds.slice(0, 8), 'ضربات-الجزاء', ...entry.paragraphIds.slice(8, 14), 'تجنيد-الحلفاء', ...entry.paragraphIds.slice(14)];
    expect(addresses).toEqual(expected);
    expect(translation.split('---\n').at(-1)?.replace(/^<!-- \S+ -->$/gm, '').trim(), 'every block is empty').toBe('');

    // The lock gains the new article with every address, and keeps every other entry as it was.
    const lock = publishedAddressesSchema.parse(JSON.parse(readFileSync(join(contentDir, 'published-addresses.json'), 'utf8')));
    expect(Object.keys(lock[slug]?.blocks ?? {})).toEqual(expected);
    expect(lock[slug]?.notes).toEqual([]);
    const { [slug]: _new, ...others } = lock;
    expect(others).toEqual(lockBefore);

    const outDir = join(work, 'good/dist');
    const build = await run(process.execPath, ['src/tools/build.ts'], { CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'good/cache') });
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain(`translations/${slug}.en.md → draft: 24 of 24 blocks are not translated yet`);
    const html = readFileSync(join(outDir, `articles/${slug}/index.html`), 'utf8');
    expect(html.match(/Not translated yet\./g)).toHaveLength(24);
    expect(html).toContain('id="ضربات-الجزاء"');
    expect(html).toContain('id="تجنيد-الحلفاء"');
  });

  describe('refuses bad input with one message and writes nothing', () => {
    let contentDir = '';
    beforeAll(() => {
      contentDir = contentCopy('bad');
    });

    /** Runs the command expecting a refusal; returns its message after checking the folder is untouched. */
    async function refused(args: readonly string[]): Promise<string> {
      const before = snapshot(contentDir);
      const result = await newArticle(contentDir, args);
      expect(result.code, result.output).toBe(1);
      expect(snapshot(contentDir), 'the content folder, lock included, must be exactly as before').toEqual(before);
      expect(result.output).toContain('Nothing was written');
      return result.output;
    }
    const oneFix = (output: string) => expect(output.match(/Fix: /g), output).toHaveLength(1);
    const treaty = () => input('treaty.txt', received);

    test('an empty file', async () => {
      const output = await refused([input('empty.txt', ''), '--slug', slug, '--lang', 'ar', ...titles]);
      expect(output).toContain('empty.txt → whole file: holds no text');
      oneFix(output);
    });

    test('a file that is not UTF-8', async () => {
      // "كوريا الشمالية" in Windows-1256, as an old Arabic editor saves it.
      const output = await refused([input('windows-1256.txt', new Uint8Array([0xdf, 0xe6, 0xd1, 0xed, 0xc7, 0x20, 0xc7, 0xe1, 0xd4, 0xe3, 0xc7, 0xe1, 0xed, 0xc9])), '--slug', slug, '--lang', 'ar', ...titles]);
      expect(output).toMatch(/windows-1256\.txt → byte \d+: is not valid UTF-8, so the text cannot be read as received/);
      expect(output).toContain('Fix: re-save the file as UTF-8');
      oneFix(output);
    });

    test('a byte-order mark, refused rather than removed', async () => {
      const output = await refused([input('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), received])), '--slug', slug, '--lang', 'ar', ...titles]);
      expect(output).toContain('bom.txt → start of file: begins with a byte-order mark (U+FEFF), which is not part of the text');
      oneFix(output);
    });

    test('CRLF line endings, refused rather than converted', async () => {
      const output = await refused([input('crlf.txt', received.toString('utf8').replaceAll('\n', '\r\n')), '--slug', slug, '--lang', 'ar', ...titles]);
      expect(output).toContain('crlf.txt → line 1: has a carriage return (CRLF or CR line endings); lines must end with LF alone');
      oneFix(output);
    });

    test('a slug already in use', async () => {
      const output = await refused([treaty(), '--slug', 'north-korea-russia-partnership-treaty', '--lang', 'ar', ...titles]);
      expect(output).toContain('npm run new-article → --slug: "north-korea-russia-partnership-treaty" is already in use');
      expect(output).toContain('articles/north-korea-russia-partnership-treaty.yml exists');
      oneFix(output);
    });

    test('a slug that is not URL-safe', async () => {
      const output = await refused([treaty(), '--slug', 'Treaty_Draft', '--lang', 'ar', ...titles]);
      expect(output).toContain(`npm run new-article → --slug: "Treaty_Draft" is not URL-safe`);
      oneFix(output);
    });

    test('an unknown language', async () => {
      const output = await refused([treaty(), '--slug', slug, '--lang', 'xx', ...titles]);
      expect(output).toContain('npm run new-article → --lang: "xx" is well formed but names no language Intl knows');
      oneFix(output);
    });

    test('a missing file', async () => {
      const output = await refused([join(inputs, 'no-such-file.txt'), '--slug', slug, '--lang', 'ar', ...titles]);
      expect(output).toContain('no-such-file.txt → whole file: does not exist');
      oneFix(output);
    });

    test('a missing option', async () => {
      const output = await refused([treaty(), '--slug', slug, ...titles]);
      expect(output).toContain('npm run new-article → --lang: is missing');
      oneFix(output);
    });

    test('an article the site refuses when recording it, which is rolled back', async () => {
      // "main" is the id of the page's main landmark, so a heading cannot have it as its
      // address; only the content loader knows the page's own ids.
      const output = await refused([input('main.txt', 'main\nقالت وسائل الإعلام الكورية الشمالية اليوم الخميس.\n'), '--slug', slug, '--lang', 'ar', ...titles]);
      expect(output).toContain('would have the id "main", which the page itself already has');
      expect(output).toContain('the files the command wrote are removed');
      oneFix(output);
    });
  });
});
