// Every internal link of the built site lands somewhere: the file exists and, when the link
// carries a #fragment, the target page has an element with that id. Published addresses
// (content/published-addresses.json), retired ids and note addresses must land too, since people cite them.
//
// Reads the already built dist/ (run `npm run build` first). DIST_DIR and CONTENT_DIR point
// elsewhere (a fixture build); BASE_PATH and SITE_URL must match the build's.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { init as initModuleLexer, parse as parseModule } from 'es-module-lexer';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { contentDir, dist, filesUnder, root } from './built-site.ts';

/** The base path the site was built for, always with slashes at both ends ("/" or "/annotated/"). */
const base = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
/** Absolute links to the site's own public origin (canonical URLs, the about page's example) are internal too. */
const siteOrigin = new URL(process.env['SITE_URL'] ?? 'http://localhost:4321').origin;
/** Pages are resolved against this origin; it only has to be one no real link uses. */
const localOrigin = 'http://dist.invalid';
const missingDist = `${relative(root, dist) || '.'}/ is missing or empty: run \`npm run build\` before these tests`;

/** A file of dist/ as its site path ("about/index.html"). */
const sitePath = (file: string) => relative(dist, file).split(sep).join('/');

/** The URL a built page is served at: folders for index.html, the file itself otherwise. */
function pageUrl(path: string): URL {
  return new URL(`${base}${path.replace(/(^|\/)index\.html$/, '$1')}`, localOrigin);
}

interface Page {
  path: string;
  url: URL;
  tree: Root;
  /** Every fragment that lands on this page: element ids and legacy `<a name>`. */
  ids: Set<string>;
  /** The ids of the element with a given id and of all its ancestors, innermost first. */
  idPath: (id: string) => string[];
}

interface Link {
  /** Where the link was found: "articles/x/index.html: <a href>". */
  from: string;
  /** The address exactly as written. */
  raw: string;
  url: URL;
}

interface Broken {
  from: string;
  link: string;
  problem: string;
}

let pages = new Map<string, Page>();
let files = new Set<string>();

beforeAll(async () => {
  await initModuleLexer;
  if (!existsSync(join(dist, 'index.html'))) return;
  files = new Set(filesUnder(dist).map(sitePath));
  pages = new Map(
    [...files]
      .filter((path) => path.endsWith('.html'))
      .map((path) => {
        const tree = fromHtml(readFileSync(join(dist, path), 'utf8'));
        const ids = new Set<string>();
        const byId = new Map<string, Element>();
        const parents = new Map<Element, Element>();
        visit(tree, 'element', (node: Element, _index, parent) => {
          if (parent?.type === 'element') parents.set(node, parent);
          const { id, name } = node.properties;
          if (typeof id === 'string' && id !== '') {
            ids.add(id);
            if (!byId.has(id)) byId.set(id, node);
          }
          if (node.tagName === 'a' && typeof name === 'string' && name !== '') ids.add(name);
        });
        const idPath = (id: string) => {
          const path: string[] = [];
          for (let node = byId.get(id); node; node = parents.get(node)) {
            if (typeof node.properties.id === 'string') path.push(node.properties.id);
          }
          return path;
        };
        return [path, { path, url: pageUrl(path), tree, ids, idPath }];
      }),
  );
});

function requireDist(): void {
  if (pages.size === 0) throw new Error(missingDist);
}

/** The attributes that hold addresses, per element (`*` for any element). */
const urlAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  base: ['href'],
  script: ['src'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  form: ['action'],
  button: ['formAction'],
  blockquote: ['cite'],
  q: ['cite'],
  ins: ['cite'],
  del: ['cite'],
};

/** The URLs in a srcset: comma-separated candidates, each a URL and an optional descriptor. */
function srcsetUrls(value: string): string[] {
  return value
    .split(/,(?=\s*\S)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** `<meta>` whose content is an address of the page or of an image (sharing metadata). */
const urlMeta = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'og:audio', 'og:video', 'twitter:image']);

function linksOf(page: Page): Link[] {
  const links: Link[] = [];
  visit(page.tree, 'element', (node: Element) => {
    if (node.tagName === 'meta') {
      const key = String(node.properties['property'] ?? node.properties['name'] ?? '');
      const content = node.properties['content'];
      if (urlMeta.has(key) && typeof content === 'string') {
        try {
          links.push({ from: `${page.path}: <meta ${key}>`, raw: content, url: new URL(content, page.url) });
        } catch {
          links.push({ from: `${page.path}: <meta ${key}>`, raw: content, url: new URL('invalid:') });
        }
      }
    }
    for (const attribute of urlAttributes[node.tagName] ?? []) {
      const value = node.properties[attribute];
      // hast splits a srcset into its comma-separated candidates already.
      const raws =
        attribute === 'srcSet'
          ? (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []).flatMap(srcsetUrls)
          : typeof value === 'string'
            ? [value.trim()]
            : [];
      for (const raw of raws) {
        const rel = node.tagName === 'link' ? ` rel=${[node.properties['rel'] ?? ''].flat().join(' ')}` : '';
        const from = `${page.path}: <${node.tagName}${rel} ${attribute.toLowerCase()}>`;
        // `<form action>` may legitimately be empty (submits to the page itself).
        if (raw === '' && node.tagName === 'form') continue;
        try {
          links.push({ from, raw, url: new URL(raw, page.url) });
        } catch {
          links.push({ from, raw, url: new URL('invalid:') });
        }
      }
    }
  });
  return links;
}

const isInternal = (url: URL) => url.origin === localOrigin || url.origin === siteOrigin;

/**
 * Where an internal URL lands: the page (for fragment checks) or a problem. Follows what the
 * static server does: a folder serves its index.html; only real files count.
 */
function resolveInternal(url: URL): { page?: Page | undefined; file?: string; problem?: string } {
  if (!url.pathname.startsWith(base)) return { problem: `is outside the base path ${base}` };
  let path: string;
  try {
    path = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    return { problem: 'has malformed percent-encoding in its path' };
  }
  if (path === '' || path.endsWith('/')) {
    const index = `${path}index.html`;
    return files.has(index) ? { file: index, page: pages.get(index) } : { problem: `no file at dist/${index}` };
  }
  if (files.has(path)) return { file: path, page: pages.get(path) };
  if (files.has(`${path}/index.html`)) return { problem: `points at a folder without its trailing slash (costs a redirect): use ${url.pathname}/` };
  return { problem: `no file at dist/${path}` };
}

/** Checks one internal URL; returns what is wrong, or undefined when it lands. */
function checkInternal(url: URL): string | undefined {
  const target = resolveInternal(url);
  if (target.problem) return target.problem;
  if (url.hash === '' || url.hash === '#') return undefined;
  let fragment: string;
  try {
    fragment = decodeURIComponent(url.hash.slice(1));
  } catch {
    return `has malformed percent-encoding in its fragment ${url.hash}`;
  }
  if (!target.page) return `has a fragment #${fragment}, but dist/${target.file} is not an HTML page`;
  if (target.page.ids.has(fragment)) return undefined;
  // HTML scrolls "#top" to the top of the page when no element claims it.
  if (fragment.toLowerCase() === 'top') return undefined;
  return `no element with id "${fragment}" on dist/${target.page.path}`;
}

/** One line per distinct problem (a link repeated on a page is counted, not repeated). */
function report(broken: Broken[]): string {
  const counts = new Map<string, number>();
  for (const item of broken) {
    const line = `  ${item.from}\n    ${item.link}\n    → ${item.problem}`;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const lines = [...counts].map(([line, count]) => (count > 1 ? `${line} (×${count})` : line));
  return `${broken.length} broken link(s):\n${lines.join('\n')}\n`;
}

/** The site path of an article page, relative to the base. */
const articlePath = (slug: string) => `articles/${slug}/`;
const addressUrl = (slug: string, id: string) => new URL(`${base}${articlePath(slug)}#${encodeURIComponent(id)}`, localOrigin);

interface ArticleSource {
  file: string;
  slug: string;
  retiredIds: Record<string, string>;
  retiredNotes: Record<string, string>;
}

const stringRecord = (value: unknown): Record<string, string> =>
  value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([from, to]) => [from, String(to)])) : {};

/** The article entries (content/articles/<slug>.yml), read as plain YAML: this test trusts no site code. */
function readArticles(): ArticleSource[] {
  const dir = join(contentDir, 'articles');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .map((name) => {
      const file = join(dir, name);
      const data = (parseYaml(readFileSync(file, 'utf8')) ?? {}) as { retiredIds?: unknown; retiredNotes?: unknown };
      return { file: relative(root, file), slug: name.replace(/\.yml$/, ''), retiredIds: stringRecord(data.retiredIds), retiredNotes: stringRecord(data.retiredNotes) };
    });
}

describe('internal links in the built site', () => {
  test('dist/ holds a built site to check', () => {
    requireDist();
    expect([...pages.keys()]).toContain('index.html');
  });

  test('every internal href, src and srcset in every page points at a file that exists', () => {
    requireDist();
    const broken: Broken[] = [];
    let checked = 0;
    for (const page of pages.values()) {
      for (const link of linksOf(page)) {
        if (link.url.protocol === 'invalid:') {
          broken.push({ from: link.from, link: link.raw, problem: 'is not a valid URL' });
          continue;
        }
        if (!isInternal(link.url)) continue;
        checked += 1;
        const problem = resolveInternal(link.url).problem;
        if (problem) broken.push({ from: link.from, link: link.raw, problem });
      }
    }
    expect(checked, 'internal links found').toBeGreaterThan(0);
    expect(broken.length, report(broken)).toBe(0);
  });

  test('every #fragment in every page lands on an element with that id', () => {
    requireDist();
    const broken: Broken[] = [];
    let checked = 0;
    for (const page of pages.values()) {
      for (const link of linksOf(page)) {
        if (link.url.protocol === 'invalid:' || !isInternal(link.url) || link.url.hash.length <= 1) continue;
        if (resolveInternal(link.url).problem) continue; // reported by the file check
        checked += 1;
        const problem = checkInternal(link.url);
        if (problem) broken.push({ from: link.from, link: link.raw, problem });
      }
    }
    expect(checked, 'links with fragments found').toBeGreaterThan(0);
    expect(broken.length, report(broken)).toBe(0);
  });

  test('every url() in the built stylesheets points at a file that exists', () => {
    requireDist();
    const broken: Broken[] = [];
    for (const path of [...files].filter((file) => file.endsWith('.css'))) {
      const css = readFileSync(join(dist, path), 'utf8');
      const sheetUrl = new URL(`${base}${path}`, localOrigin);
      for (const match of css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) {
        const raw = match[2] ?? '';
        if (/^(data|blob):/i.test(raw) || raw.startsWith('#')) continue;
        const url = new URL(raw, sheetUrl);
        if (!isInternal(url)) continue;
        const problem = resolveInternal(url).problem;
        if (problem) broken.push({ from: `${path}: url()`, link: raw, problem });
      }
    }
    expect(broken.length, report(broken)).toBe(0);
  });

  test('every module a built script imports by path exists', () => {
    requireDist();
    const broken: Broken[] = [];
    for (const path of [...files].filter((file) => /\.m?js$/.test(file) && !file.startsWith('pagefind/'))) {
      const js = readFileSync(join(dist, path), 'utf8');
      const scriptUrl = new URL(`${base}${path}`, localOrigin);
      // Static and dynamic imports with a literal relative or root-relative specifier, read
      // by a module lexer: a pattern would also match import-like text inside strings (the
      // citation styles that cite.js carries are XML).
      const [imports] = parseModule(js);
      for (const raw of imports.map((found) => found.n).filter((name): name is string => name !== undefined && /^(\.{1,2}\/|\/[^/])/.test(name))) {
        const problem = resolveInternal(new URL(raw, scriptUrl)).problem;
        if (problem) broken.push({ from: `${path}: import`, link: raw, problem });
      }
    }
    expect(broken.length, report(broken)).toBe(0);
  });

  test('every address in the sitemap is a page of the site', () => {
    requireDist();
    const broken: Broken[] = [];
    for (const path of [...files].filter((file) => /^sitemap.*\.xml$/.test(file))) {
      for (const match of readFileSync(join(dist, path), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
        const raw = (match[1] ?? '').trim();
        const url = new URL(raw);
        const problem = isInternal(url) ? resolveInternal(url).problem : `is not on the site's origin ${siteOrigin} (SITE_URL)`;
        if (problem) broken.push({ from: `${path}: <loc>`, link: raw, problem });
      }
    }
    expect(broken.length, report(broken)).toBe(0);
  });
});

describe('published addresses', () => {
  test('every block address and note recorded in content/published-addresses.json lands on the page', () => {
    requireDist();
    const lockPath = join(contentDir, 'published-addresses.json');
    expect(existsSync(lockPath), `${relative(root, lockPath)} exists`).toBe(true);
    const recorded = JSON.parse(readFileSync(lockPath, 'utf8')) as Record<string, { blocks: Record<string, string>; notes: string[] }>;
    const broken: Broken[] = [];
    let checked = 0;
    for (const [slug, { blocks, notes }] of Object.entries(recorded)) {
      for (const id of [...Object.keys(blocks), ...notes.map((note) => `note-${note}`)]) {
        checked += 1;
        const url = addressUrl(slug, id);
        const problem = checkInternal(url);
        if (problem) broken.push({ from: `${relative(root, lockPath)}: ${slug}`, link: `${url.pathname}#${id}`, problem });
      }
    }
    expect(checked, 'recorded addresses').toBeGreaterThan(0);
    expect(broken.length, report(broken)).toBe(0);
  });

  test('every retired id still lands on the page, next to the paragraph it now points to', () => {
    requireDist();
    const broken: Broken[] = [];
    for (const article of readArticles()) {
      for (const [from, to] of Object.entries(article.retiredIds)) {
        const url = addressUrl(article.slug, from);
        let problem = checkInternal(url) ?? checkInternal(addressUrl(article.slug, to));
        // Landing on the page is not enough: #from must sit on (or inside) the block #to.
        const page = problem ? undefined : resolveInternal(url).page;
        if (page && !page.idPath(from).includes(to)) {
          problem = `#${from} is on the page but not inside #${to} (it sits in ${page.idPath(from).slice(1).map((id) => `#${id}`).join(' < ') || 'no block with an id'})`;
        }
        if (problem) broken.push({ from: `${article.file}: retiredIds.${from} → ${to}`, link: `${url.pathname}#${from}`, problem });
      }
    }
    expect(broken.length, report(broken)).toBe(0);
  });

  test('every retired note address lands inside the note or block that replaced it', () => {
    requireDist();
    const broken: Broken[] = [];
    for (const article of readArticles()) {
      for (const [from, to] of Object.entries(article.retiredNotes)) {
        const address = `note-${from}`;
        // A retired note lands on the note that absorbed it, or else on a block.
        const target = existsSync(join(contentDir, 'notes', article.slug, `${to}.md`)) ? `note-${to}` : to;
        const url = addressUrl(article.slug, address);
        const page = checkInternal(url) ? undefined : resolveInternal(url).page;
        const problem = checkInternal(url) ?? (page && !page.idPath(address).includes(target) ? `#${address} is on the page but not inside #${target}` : undefined);
        if (problem) broken.push({ from: `${article.file}: retiredNotes.${from} → ${to}`, link: `${url.pathname}#${address}`, problem });
      }
    }
    expect(broken.length, report(broken)).toBe(0);
  });

  test('every note file has its address #note-<id> on its article page', () => {
    requireDist();
    const notesDir = join(contentDir, 'notes');
    const broken: Broken[] = [];
    let checked = 0;
    const slugs = existsSync(notesDir) ? readdirSync(notesDir).filter((name) => statSync(join(notesDir, name)).isDirectory()) : [];
    for (const slug of slugs) {
      for (const name of readdirSync(join(notesDir, slug)).filter((file) => file.endsWith('.md'))) {
        checked += 1;
        const id = `note-${name.replace(/\.md$/, '')}`;
        const url = addressUrl(slug, id);
        const problem = checkInternal(url);
        if (problem) broken.push({ from: relative(root, join(notesDir, slug, name)), link: `${url.pathname}#${id}`, problem });
      }
    }
    expect(checked, 'note files').toBeGreaterThan(0);
    expect(broken.length, report(broken)).toBe(0);
  });
});
