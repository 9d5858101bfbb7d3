import type { ContentProblem } from './content-error.ts';
import { slugPattern } from '../schemas/ids.ts';

/** The content folder as listed by the loader: each file once, paths relative to the project. */
export interface ContentListing {
  /** `articles/<slug>.yml` */
  articles: { slug: string; file: string }[];
  /** `sources/<slug>.<lang>.txt` */
  sources: { slug: string; lang: string; file: string }[];
  /** `translations/<slug>.<lang>.md` */
  translations: { slug: string; lang: string; file: string }[];
  /** `notes/<slug>/<id>.md` */
  notes: { slug: string; id: string; file: string }[];
  /** Files in those folders that match none of the patterns above. */
  strays: string[];
  /** Articles the lock file records as published. */
  published: string[];
  lockFile: string;
}

/** One article's files, once the listing is known to be consistent for it. */
export interface ArticleFiles {
  slug: string;
  entry: string;
  sources: { lang: string; file: string }[];
  translation: { lang: string; file: string } | undefined;
  notes: { id: string; file: string }[];
}

/**
 * Checks that the content folder holds whole articles: every file belongs to an article
 * and has a name the site reads, no article is missing its translation, and no published
 * article has disappeared. Returns each article's files for the loader to read.
 */
export function checkLibrary(listing: ContentListing): { articles: ArticleFiles[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const slugs = new Set(listing.articles.map((article) => article.slug));
  const known = [...slugs].join(', ') || 'none yet';
  for (const stray of listing.strays) {
    problems.push({ file: stray, where: 'file name', problem: 'is not a file the site reads, so it would be silently ignored', fix: 'name it articles/<slug>.yml, sources/<slug>.<lang>.txt, translations/<slug>.<lang>.md or notes/<slug>/<note id>.md, or remove it' });
  }
  for (const article of listing.articles) {
    if (!slugPattern.test(article.slug)) {
      problems.push({ file: article.file, where: 'file name', problem: `"${article.slug}" cannot be an article's address`, fix: 'name the entry with lowercase Latin letters, digits and single hyphens, e.g. north-korea-treaty.yml' });
    }
  }
  for (const orphan of [...listing.sources, ...listing.translations]) {
    if (!slugs.has(orphan.slug)) problems.push({ file: orphan.file, where: 'file name', problem: `names the article "${orphan.slug}", which does not exist`, fix: `use one of: ${known}` });
  }
  const orphanNotes = new Set(listing.notes.filter((note) => !slugs.has(note.slug)).map((note) => note.slug));
  for (const slug of orphanNotes) {
    problems.push({ file: `${listing.notes.find((note) => note.slug === slug)?.file.replace(/[^/]+$/, '')}`, where: 'folder name', problem: `holds notes for the article "${slug}", which does not exist`, fix: `use one of: ${known}` });
  }
  for (const note of listing.notes) {
    if (slugs.has(note.slug) && !slugPattern.test(note.id)) {
      problems.push({ file: note.file, where: 'file name', problem: `"${note.id}" cannot be a note address`, fix: 'name note files with lowercase Latin letters, digits and hyphens' });
    }
  }
  for (const slug of listing.published) {
    if (!slugs.has(slug)) {
      problems.push({ file: listing.lockFile, where: slug, problem: `the published article "${slug}" is gone: every link to it would break`, fix: `restore articles/${slug}.yml and its files` });
    }
  }

  const articles = listing.articles.map((article): ArticleFiles => {
    const translations = listing.translations.filter((each) => each.slug === article.slug);
    if (translations.length === 0) {
      problems.push({ file: article.file, where: 'translation', problem: 'the article has no translation file', fix: `add translations/${article.slug}.en.md (npm run new-article writes a draft with one empty block per line)` });
    }
    for (const extra of translations.slice(1)) {
      problems.push({ file: extra.file, where: 'file name', problem: `a second translation of "${article.slug}"`, fix: 'keep one translation per article' });
    }
    const first = translations[0];
    return {
      slug: article.slug,
      entry: article.file,
      sources: listing.sources.filter((each) => each.slug === article.slug).map(({ lang, file }) => ({ lang, file })),
      translation: first && { lang: first.lang, file: first.file },
      notes: listing.notes.filter((each) => each.slug === article.slug).map(({ id, file }) => ({ id, file })),
    };
  });
  return { articles, problems };
}
