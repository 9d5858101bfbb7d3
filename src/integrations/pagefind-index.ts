import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { parseIndexSource, sideStarts } from '../lib/search/index-page';
import { searchDataFile } from '../lib/search/search-data-file';
import type { SearchDocument } from '../lib/search/search-document';

/**
 * The index language. It is one Pagefind has no stemmer for, so Pagefind keeps the site's
 * analysed keys as they are instead of stemming them again, and every article is in its one index.
 */
export const indexLanguage = 'zxx';

/**
 * Index words per Pagefind index chunk. Pagefind's default (20,000) makes chunks of about
 * 30 KB at 1,000 articles, each fetched whole for any word in it; 5,000 makes them about a
 * quarter of that, for a slightly larger metadata file. The setting is undocumented
 * (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, read by the Pagefind binary when it starts), so
 * tests/unit/lib/search/pagefind-chunk-size.test.ts fails if Pagefind stops honouring it.
 */
export const indexChunkSize = 5000;

/** Fails the build with Pagefind's own errors instead of leaving a site without search. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
  return response;
}

/** Starts Pagefind's service with the site's settings and opens an empty index. */
export async function createSiteIndex(): Promise<pagefind.PagefindIndex> {
  // Read by the binary when the service starts, which is on the first call below.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(indexChunkSize);
  const { index } = check('index creation', await pagefind.createIndex({ forceLanguage: indexLanguage }));
  if (!index) throw new Error('Pagefind did not create an index');
  return index;
}

interface Fragment {
  url: string;
  wordCount: number;
  anchors: Map<string, number>;
}

/** A fragment file as Pagefind writes it: gzip, a signature, then JSON. */
function readFragment(bytes: Buffer, file: string): Fragment {
  const text = gunzipSync(bytes).toString('utf8').replace(/^pagefind_dcd/, '');
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`Pagefind fragment ${file} is not an object`);
  const fields = new Map<string, unknown>(Object.entries(parsed));
  const anchors = new Map<string, number>();
  const list = fields.get('anchors');
  for (const anchor of Array.isArray(list) ? list : []) {
    if (typeof anchor !== 'object' || anchor === null) continue;
    const { id, location } = Object.fromEntries(Object.entries(anchor));
    if (typeof id === 'string' && typeof location === 'number') anchors.set(id, location);
  }
  const url = fields.get('url');
  const wordCount = fields.get('word_count');
  if (typeof url !== 'string' || typeof wordCount !== 'number') throw new Error(`Pagefind fragment ${file} has no url or word_count`);
  return { url, wordCount, anchors };
}

/**
 * Where Pagefind says each side starts must be where the site placed it (index-page.ts):
 * the browser maps Pagefind's word positions to paragraphs with the site's numbers.
 */
function checkPositions(document: SearchDocument, fragment: Fragment) {
  const words = document.entries.at(-1)?.span[2] ?? 0;
  const wrong = [...sideStarts(document.entries)].filter(([id, start]) => fragment.anchors.get(id) !== start);
  if (wrong.length > 0 || fragment.wordCount !== words) {
    const [id, start] = wrong[0] ?? ['the page', words];
    throw new Error(
      `Pagefind counted the index words of ${document.path} differently from the site (${id}: Pagefind ${fragment.anchors.get(id) ?? fragment.wordCount}, site ${start}). ` +
        'Search would send readers to the wrong paragraphs. Pagefind has probably split or joined an analysed key: check the Pagefind version, then src/lib/search/index-words.ts.',
    );
  }
}

/**
 * Builds the search index from the search documents the pages wrote (`search-data/<slug>.json`),
 * not from the HTML: one Pagefind page per article whose words are the keys made by the same
 * analysis the browser applies to a query, so Arabic spelling variants meet. Then stores each
 * document compressed under Pagefind's id for its article, which is what a search result
 * names, and removes what the browser never loads: Pagefind's fragments (the site shows its
 * own excerpts from the documents), its worker and its user interfaces.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const dataDir = `${outDir}/search-data`;
        const pagefindDir = `${outDir}/pagefind`;
        const sources = (await readdir(dataDir)).filter((file) => file.endsWith('.json'));
        // Where the indexing time goes, for the build log: each step's milliseconds.
        let since = performance.now();
        const took: string[] = [];
        const lap = (step: string) => {
          const now = performance.now();
          took.push(`${step} ${Math.round(now - since)} ms`);
          since = now;
        };
        const index = await createSiteIndex();
        try {
          const pages = new Map<string, SearchDocument>();
          let words = 0;
          for (const file of sources) {
            const { document, html } = parseIndexSource(JSON.parse(await readFile(`${dataDir}/${file}`, 'utf8')), `search-data/${file}`);
            const url = `/${document.path}`;
            check(`indexing ${url}`, await index.addHTMLFile({ url, content: html }));
            pages.set(url, document);
            words += document.entries.at(-1)?.span[2] ?? 0;
          }
          lap('reading and adding');
          check('writing', await index.writeFiles({ outputPath: pagefindDir }));
          lap('Pagefind writing');

          const fragmentDir = `${pagefindDir}/fragment`;
          const fragments = (await readdir(fragmentDir)).filter((file) => file.endsWith('.pf_fragment'));
          for (const file of fragments) {
            const fragment = readFragment(await readFile(`${fragmentDir}/${file}`), file);
            const document = pages.get(fragment.url);
            if (!document) throw new Error(`Pagefind wrote a fragment for ${fragment.url}, which the site did not index`);
            checkPositions(document, fragment);
            // The fragment's name is the id Pagefind gives the article in search results.
            const id = file.replace(/\.pf_fragment$/, '');
            await writeFile(`${outDir}/${searchDataFile(id)}`, gzipSync(JSON.stringify(document), { level: 9 }));
            pages.delete(fragment.url);
          }
          if (pages.size > 0) throw new Error(`Pagefind wrote no fragment for ${[...pages.keys()].join(', ')}`);
          lap('checking and storing');

          await rm(fragmentDir, { recursive: true });
          for (const file of sources) await rm(`${dataDir}/${file}`);
          for (const file of await readdir(pagefindDir)) {
            if (/^pagefind-(ui|component-ui|modular-ui|highlight|worker)\./.test(file)) await rm(`${pagefindDir}/${file}`);
          }
          logger.info(`indexed ${fragments.length} articles, ${words} index words (${took.join(', ')})`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
