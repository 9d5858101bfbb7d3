// An article's text as content/ holds it, for the benchmarks' own pages and generators: the
// entry (parsed with the site's schema), the received text line by line, the translation's
// blocks under their address comments, and the ids of its notes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { noteAddress } from '../../lib/addresses.ts';
import { readReceivedText, type SourceLine } from '../../lib/source-text.ts';
import { articleEntrySchema, type ArticleEntry } from '../../schemas/article-entry.ts';

export interface TranslationBlock {
  address: string;
  /** The block's Markdown, trimmed (a heading starts with `## `). */
  markdown: string;
}

export interface ArticleText {
  slug: string;
  entry: ArticleEntry;
  /** The received text's blocks: its non-empty lines, with their 1-based line numbers. */
  lines: SourceLine[];
  translation: TranslationBlock[];
  /** Addresses of the article's notes (`note-<id>`). */
  noteAddresses: string[];
}

/** The first article of a content folder, by slug: the one the benchmarks measure unless told otherwise. */
export function firstArticle(contentDir: string): string {
  const slug = readdirSync(join(contentDir, 'articles')).filter((name) => name.endsWith('.yml')).sort()[0]?.replace(/\.yml$/, '');
  if (!slug) throw new Error(`${join(contentDir, 'articles')} holds no <slug>.yml entry: there is no article to measure`);
  return slug;
}

/** A Markdown file's body, without its frontmatter. */
export const markdownBody = (source: string) => source.replace(/^---\n[\s\S]*?\n---\n/, '');

export function readArticleText(contentDir: string, slug: string): ArticleText {
  const entryFile = join(contentDir, 'articles', `${slug}.yml`);
  const parsed = articleEntrySchema.safeParse(parse(readFileSync(entryFile, 'utf8')));
  if (!parsed.success) throw new Error(`${entryFile}: not a valid article entry (${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}); npm run build says how to fix it`);
  const entry = parsed.data;

  const sourceFile = join(contentDir, 'sources', `${slug}.${entry.lang}.txt`);
  const received = readReceivedText(sourceFile, readFileSync(sourceFile));
  if (!received.text) throw new Error(`${sourceFile}: ${received.problems.map((problem) => `${problem.where} ${problem.problem}`).join('; ')}`);

  const translationName = readdirSync(join(contentDir, 'translations')).find((name) => name.startsWith(`${slug}.`) && name.endsWith('.md'));
  if (!translationName) throw new Error(`${join(contentDir, 'translations')} holds no ${slug}.<lang>.md translation`);
  const parts = markdownBody(readFileSync(join(contentDir, 'translations', translationName), 'utf8')).split(/<!--\s*(\S+)\s*-->/);
  const translation: TranslationBlock[] = [];
  for (let i = 1; i + 1 < parts.length; i += 2) translation.push({ address: parts[i] ?? '', markdown: (parts[i + 1] ?? '').trim() });

  const notesDir = join(contentDir, 'notes', slug);
  const noteAddresses = existsSync(notesDir) ? readdirSync(notesDir).filter((name) => name.endsWith('.md')).map((name) => noteAddress(name.replace(/\.md$/, ''))) : [];
  return { slug, entry, lines: received.text.lines, translation, noteAddresses };
}
