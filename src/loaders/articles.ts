import { join, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import pMap from 'p-map';
import { assembleArticle, type ArticleInput } from '../lib/assemble-article.ts';
import { ContentError, formatProblem, formatProblems, type ContentProblem } from '../lib/content-error.ts';
import { checkLibrary } from '../lib/library-checks.ts';
import type { PublishedArticle } from '../lib/published-addresses.ts';
import type { ArticleData } from '../schemas/article.ts';
import { listContent, shown } from './content-folder.ts';
import { readLockFile, writeLockFile } from './lock-file.ts';
import { readArticle } from './read-article.ts';

/** Enough to keep the disk busy while Markdown renders; far below any file-descriptor limit. */
const articlesReadAtOnce = 16;

interface Library {
  articles: ArticleData[];
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

/**
 * Reads the whole content folder once: every article with its received text, translation
 * and notes, checked against each other and against the lock of published addresses.
 * With `record` (`npm run ids:record`), new addresses are added to the lock, but only when
 * nothing else is wrong, so that the lock never records a broken state.
 */
async function loadLibrary(contentDir: string, renderMarkdown: LoaderContext['renderMarkdown'], record: boolean): Promise<Library> {
  const lockPath = join(contentDir, 'published-addresses.json');
  const { lock, problems: lockProblems } = await readLockFile(lockPath);
  const listing = await listContent(contentDir, lockPath, Object.keys(lock));
  const library = checkLibrary(listing);
  const readProblems = [...lockProblems, ...library.problems];
  const inputs: ArticleInput[] = [];
  // A bounded number of articles at a time: each opens several files, and a library of
  // thousands read all at once runs out of file descriptors (EMFILE). Order is kept.
  const read = await pMap(library.articles, (files) => readArticle(files, shown(lockPath), lock[files.slug], renderMarkdown), { concurrency: articlesReadAtOnce });
  for (const result of read) {
    readProblems.push(...result.problems);
    if (result.input) inputs.push(result.input);
  }
  const assemble = (published: (slug: string) => PublishedArticle | undefined) => {
    const problems = [...readProblems];
    const warnings: ContentProblem[] = [];
    const records = new Map<string, PublishedArticle>();
    const articles: ArticleData[] = [];
    for (const input of inputs) {
      const assembled = assembleArticle({ ...input, published: published(input.slug) });
      problems.push(...assembled.problems);
      warnings.push(...assembled.warnings);
      records.set(input.slug, assembled.record);
      if (assembled.article) articles.push(assembled.article);
    }
    return { articles, problems, warnings, records };
  };
  const first = assemble((slug) => lock[slug]);
  if (!record || first.problems.length === 0 || !first.problems.every((problem) => problem.unrecorded)) return first;
  // Only unrecorded addresses are wrong: record them, and check again against the new record.
  await writeLockFile(lockPath, lock, first.records);
  return assemble((slug) => first.records.get(slug));
}

/**
 * The `articles` collection. In a build, content problems fail it with one message
 * listing them all. In the dev server the content is read again on every change, and a
 * problem replaces the collection with one `problems` entry, so that every page shows the
 * build's message (src/data/library.ts) until the content is fixed.
 */
export function articlesLoader({ contentDir }: { contentDir: string }): Loader {
  const root = resolve(contentDir);
  return {
    name: 'articles-loader',
    load: async ({ store, logger, parseData, renderMarkdown, watcher }) => {
      const sync = async () => {
        const started = Date.now();
        const library = await loadLibrary(root, renderMarkdown, process.env['RECORD_IDS'] === '1');
        for (const warning of library.warnings) logger.warn(formatProblem(warning));
        if (library.problems.length > 0) {
          if (!watcher) throw new ContentError(library.problems);
          logger.error(formatProblems(library.problems));
          store.clear();
          store.set({ id: 'problems', data: await parseData({ id: 'problems', data: { kind: 'problems', problems: library.problems } }) });
          return;
        }
        store.clear();
        for (const article of library.articles) {
          store.set({ id: article.slug, data: await parseData({ id: article.slug, data: article }) });
        }
        logger.info(`${library.articles.length} articles read and checked in ${Date.now() - started} ms`);
      };
      await sync();
      if (!watcher) return;
      watcher.add(root);
      let queued: Promise<void> = Promise.resolve();
      const onChange = (path: string) => {
        if (!resolve(path).startsWith(`${root}/`)) return;
        queued = queued.then(sync).catch((error: unknown) => logger.error(String((error as Error).stack ?? error)));
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
