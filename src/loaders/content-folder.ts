import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentListing } from '../lib/library-checks.ts';

/** A content file's path as messages show it: relative to the project. */
export const shown = (path: string) => relative(process.cwd(), path) || path;

async function filesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.')).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Lists the content folder by the names the site reads. Anything else in its folders is
 * a stray, reported rather than ignored (a note left as .mdx would otherwise vanish).
 */
export async function listContent(contentDir: string, lockFile: string, published: string[]): Promise<ContentListing> {
  const listing: ContentListing = { articles: [], sources: [], translations: [], notes: [], strays: [], published, lockFile: shown(lockFile) };
  const at = (...parts: string[]) => shown(join(contentDir, ...parts));
  for (const name of await filesIn(join(contentDir, 'articles'))) {
    const match = /^(.+)\.yml$/.exec(name);
    if (match?.[1]) listing.articles.push({ slug: match[1], file: at('articles', name) });
    else listing.strays.push(at('articles', name));
  }
  for (const name of await filesIn(join(contentDir, 'sources'))) {
    const match = /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.txt$/.exec(name);
    if (match?.[1] && match[2]) listing.sources.push({ slug: match[1], lang: match[2], file: at('sources', name) });
    else listing.strays.push(at('sources', name));
  }
  for (const name of await filesIn(join(contentDir, 'translations'))) {
    const match = /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.md$/.exec(name);
    if (match?.[1] && match[2]) listing.translations.push({ slug: match[1], lang: match[2], file: at('translations', name) });
    else listing.strays.push(at('translations', name));
  }
  for (const folder of await filesIn(join(contentDir, 'notes'))) {
    if (!folder.endsWith('/')) {
      listing.strays.push(at('notes', folder));
      continue;
    }
    const slug = folder.slice(0, -1);
    for (const name of await filesIn(join(contentDir, 'notes', slug))) {
      const match = /^(.+)\.md$/.exec(name);
      if (match?.[1] && !name.endsWith('/')) listing.notes.push({ slug, id: match[1], file: at('notes', slug, name) });
      else listing.strays.push(at('notes', slug, name));
    }
  }
  return listing;
}

/** Reads a text file strictly as UTF-8; undefined when it is not valid UTF-8. */
export async function readUtf8(path: string): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
  } catch (error) {
    if (error instanceof TypeError) return undefined;
    throw error;
  }
}
