// The open-data files of the built site (src/pages/data/): the index, and per article the
// JSON, the W3C Web Annotations and the TEI P5 document, each checked against its schema and
// against what the reader sees: the selectors against the built page's paragraph text, the
// source text in the JSON and in the TEI against the received file in content/sources/.
//
// Reads the already built dist/ (run `npm run build` first). DIST_DIR and CONTENT_DIR point
// elsewhere (a fixture build); BASE_PATH and SITE_URL must match the build's. The TEI tests
// need `jing` (Debian's package) and fail, saying so, without it.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { AnnotationCollection } from '../../src/schemas/data/annotation-collection.ts';
import type { ArticleExport } from '../../src/schemas/data/article-export.ts';
import type { ArticlesIndex } from '../../src/schemas/data/articles-index.ts';
import { expand } from '../unit/lib/export/support/anno-context.ts';
import { jing } from '../unit/lib/export/support/jing.ts';
import { schemaErrors } from '../unit/lib/export/support/json-validation.ts';
import { rebuildReceived } from '../unit/lib/export/support/received.ts';
import { namespaceProblems, parseXml, pointerCount, teiReceived, unresolvedPointers } from '../unit/lib/export/support/tei-reader.ts';
import { contentDir, dist, root } from './built-site.ts';

const base = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const site = new URL(process.env['SITE_URL'] ?? 'http://localhost:4321').origin;
const missingDist = `${relative(root, dist) || '.'}/data/ is missing: run \`npm run build\` before these tests`;

/** A URL of the site as the file of dist/ that serves it. */
function distFile(url: string): string {
  const { pathname, origin } = new URL(url);
  if (origin !== site || !pathname.startsWith(base)) throw new Error(`${url} is not on the site ${site}${base}`);
  const path = decodeURIComponent(pathname.slice(base.length));
  return join(dist, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}
const readUrl = (url: string) => readFileSync(distFile(url), 'utf8');
const readJson = <T>(url: string): T => JSON.parse(readUrl(url)) as T;

interface Received {
  slug: string;
  file: string;
  lang: string;
}

/** The articles of the content folder, read as plain YAML and file names: this test trusts no site code. */
function contentArticles(): Received[] {
  return readdirSync(join(contentDir, 'articles'))
    .filter((name) => name.endsWith('.yml'))
    .map((name) => {
      const slug = name.replace(/\.yml$/, '');
      const { lang } = parseYaml(readFileSync(join(contentDir, 'articles', name), 'utf8')) as { lang: string };
      return { slug, lang, file: join(contentDir, 'sources', `${slug}.${lang}.txt`) };
    });
}

let index: ArticlesIndex;
let articles: { received: Received; data: ArticleExport; annotations: AnnotationCollection; tei: string; teiFile: string; page: Root }[] = [];

beforeAll(() => {
  const indexFile = join(dist, 'data/articles.json');
  if (!existsSync(indexFile)) return;
  index = JSON.parse(readFileSync(indexFile, 'utf8')) as ArticlesIndex;
  articles = contentArticles().map((received) => {
    const entry = index.articles.find((each) => each.slug === received.slug);
    if (!entry) throw new Error(`data/articles.json does not list ${received.slug}`);
    const data = readJson<ArticleExport>(entry.data.json);
    return {
      received,
      data,
      annotations: readJson<AnnotationCollection>(entry.data.annotations),
      tei: readUrl(entry.data.tei),
      teiFile: distFile(entry.data.tei),
      page: fromHtml(readUrl(data.url)),
    };
  });
});

function requireData(): void {
  if (articles.length === 0) throw new Error(missingDist);
}

/** The text of a block's source side on the built page: the p or heading in the source's language inside the element with the block's address. */
function pageText(page: Root, address: string, lang: string): string {
  let block: Element | undefined;
  visit(page, 'element', (node: Element) => {
    if (!block && node.properties['id'] === address) block = node;
  });
  if (!block) throw new Error(`the article page has no element with id "${address}"`);
  let side: Element | undefined;
  visit(block, 'element', (node: Element) => {
    if (!side && /^(p|h[1-6])$/.test(node.tagName) && node.properties['lang'] === lang) side = node;
  });
  if (!side) throw new Error(`block "${address}" on the article page has no <p> or heading in ${lang}`);
  return toString(side);
}

describe('the open-data index', () => {
  test('lists every article of the content, valid against its JSON Schema', () => {
    requireData();
    expect(schemaErrors('articles.schema.json', index)).toEqual([]);
    expect(index.articles.map((article) => article.slug).sort()).toEqual(contentArticles().map((article) => article.slug).sort());
  });

  test('serves the schemas exactly as they are kept in src/schemas/data/', () => {
    requireData();
    const schemas = join(root, 'src/schemas/data');
    for (const name of readdirSync(schemas).filter((file) => file.endsWith('.schema.json'))) {
      expect(readFileSync(join(dist, 'data/schemas', name), 'utf8'), name).toBe(readFileSync(join(schemas, name), 'utf8'));
    }
    expect(readFileSync(join(dist, 'data/schemas/tei-annotated-translations.rng'), 'utf8')).toBe(readFileSync(join(schemas, 'tei/tei-annotated-translations.rng'), 'utf8'));
    expect(existsSync(distFile(index.$schema))).toBe(true);
  });
});

describe('the article page', () => {
  test('links its three data files in its head, told apart by their types, and in its Data section', () => {
    requireData();
    const path = (url: string) => new URL(url).pathname;
    for (const { data, page } of articles) {
      const entry = index.articles.find((each) => each.slug === data.slug);
      if (!entry) throw new Error(`data/articles.json does not list ${data.slug}`);
      const alternates: Record<string, string> = {};
      const links = new Set<string>();
      visit(page, 'element', (node: Element) => {
        if (node.tagName === 'link' && String(node.properties['rel']) === 'alternate' && node.properties['type']) alternates[String(node.properties['type'])] = String(node.properties['href']);
        if (node.tagName === 'a') links.add(String(node.properties['href']));
      });
      expect(alternates, data.slug).toEqual({ 'application/json': path(entry.data.json), 'application/ld+json': path(entry.data.annotations), 'application/tei+xml': path(entry.data.tei) });
      for (const url of Object.values(entry.data)) expect(links.has(path(url)), `${data.slug}: a link to ${url}`).toBe(true);
    }
  });
});

describe('each article as JSON', () => {
  test('is valid against the article JSON Schema, which it links to', () => {
    requireData();
    for (const { data } of articles) {
      expect(schemaErrors('article.schema.json', data), data.slug).toEqual([]);
      expect(readUrl(data.$schema)).toBe(readFileSync(join(root, 'src/schemas/data/article.schema.json'), 'utf8'));
    }
  });

  test('rebuilds the received file, byte for byte, from the JSON alone', () => {
    requireData();
    for (const { data, received } of articles) {
      const rebuilt = rebuildReceived(data.blocks.map((block) => ({ line: block.line, text: block.source })), data.source.lineCount, data.source.finalNewline);
      expect(Buffer.from(rebuilt, 'utf8').equals(readFileSync(received.file)), `${data.slug}: the text rebuilt from the JSON differs from ${relative(root, received.file)}`).toBe(true);
    }
  });
});

describe('each article as W3C Web Annotations', () => {
  test('is valid against its JSON Schema and expands, with the kept anno.jsonld context, dropping nothing', async () => {
    requireData();
    for (const { annotations, data } of articles) {
      expect(schemaErrors('annotations.schema.json', annotations), data.slug).toEqual([]);
      const [expanded] = await expand(annotations);
      expect(expanded?.['@type'], data.slug).toEqual(['http://www.w3.org/ns/activitystreams#OrderedCollection']);
      expect(annotations.total).toBe(data.notes.length);
    }
  });

  test('has selectors that, applied to the built page’s paragraph text, find exactly each note’s phrase', () => {
    requireData();
    let checked = 0;
    for (const { annotations, data, page } of articles) {
      for (const annotation of annotations.first?.items ?? []) {
        const target = new URL(annotation.target.source);
        expect(`${target.origin}${target.pathname}`, annotation.id).toBe(data.url);
        const text = pageText(page, decodeURIComponent(target.hash.slice(1)), data.source.lang);
        const [quote, position] = annotation.target.selector;
        const chars = Array.from(text);
        const phrase = data.notes.find((note) => annotation.id.endsWith(`#${note.address}`))?.phrase;
        expect(chars.slice(position.start, position.end).join(''), `${annotation.id}: TextPositionSelector`).toBe(phrase);
        const whole = quote.prefix + quote.exact + quote.suffix;
        const at = text.indexOf(whole);
        expect(at, `${annotation.id}: TextQuoteSelector not found`).not.toBe(-1);
        expect(text.indexOf(whole, at + 1), `${annotation.id}: TextQuoteSelector found twice`).toBe(-1);
        expect(quote.exact, annotation.id).toBe(phrase);
        expect(Array.from(text.slice(0, at + quote.prefix.length)).length, `${annotation.id}: the quote and the position select different places`).toBe(position.start);
        checked += 1;
      }
    }
    expect(checked, 'annotations checked').toBeGreaterThan(0);
  });
});

describe('each article as TEI P5', () => {
  test('is well-formed, in the TEI namespace, and every corresp and target resolves', () => {
    requireData();
    for (const { tei, data } of articles) {
      const document = parseXml(tei);
      expect(namespaceProblems(document), data.slug).toEqual([]);
      expect(unresolvedPointers(document), data.slug).toEqual([]);
      expect(pointerCount(document, 'corresp'), data.slug).toBe(2 * data.blocks.length + 2);
      expect(pointerCount(document, 'target'), data.slug).toBeGreaterThanOrEqual(data.notes.length);
    }
  });

  test('is valid against the RELAX NG schema kept in the repository (jing)', () => {
    requireData();
    const result = jing(articles.map((article) => article.teiFile));
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  test('rebuilds the received file, byte for byte, from the TEI alone', () => {
    requireData();
    for (const { tei, received, data } of articles) {
      const back = teiReceived(parseXml(tei));
      const rebuilt = rebuildReceived(back.lines, back.lineCount, back.finalNewline);
      expect(Buffer.from(rebuilt, 'utf8').equals(readFileSync(received.file)), `${data.slug}: the text extracted from the TEI differs from ${relative(root, received.file)}`).toBe(true);
    }
  });
});

describe('a build that cannot write the data', () => {
  test('fails with a message naming the article and the block, and writes none of the site', async () => {
    const work = join(root, '.tmp/open-data-failing');
    const content = join(work, 'content');
    const outDir = join(work, 'dist');
    rmSync(work, { recursive: true, force: true });
    cpSync(join(root, 'tests/fixtures/content/good'), content, { recursive: true });
    // A noncharacter: the received-text checks let it through (a page shows it as a box), but
    // XML cannot hold it, so the TEI export must refuse it. (Control characters such as a form
    // feed never get this far: src/lib/source-text.ts refuses them.)
    const source = join(content, 'sources/sample.ar.txt');
    writeFileSync(source, readFileSync(source, 'utf8').replace(' ', '\uFFFF '));
    // A changed line is a new text to the address lock: start from an empty lock and record it.
    writeFileSync(join(content, 'published-addresses.json'), '{}\n');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'marker.txt'), 'the previous build');
    const { code, output } = await new Promise<{ code: number | null; output: string }>((done) => {
      const child = spawn(process.execPath, ['src/tools/build.ts'], {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: content, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache'), RECORD_IDS: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.on('close', (status) => done({ code: status, output: text }));
    });
    expect(code, output).not.toBe(0);
    expect(output).toContain('sources/sample.ar.txt, line 1 (block p1): holds U+FFFF');
    expect(readdirSync(outDir)).toEqual(['marker.txt']);
    expect(readdirSync(work).filter((name) => name.startsWith('dist.partial')), 'no staging folder is left').toEqual([]);
    rmSync(work, { recursive: true, force: true });
  });
});
