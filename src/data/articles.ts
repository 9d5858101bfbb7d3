import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { toHtml } from 'hast-util-to-html';
import type { AddressedBlock } from '../lib/blocks';
import { type ContentProblem, throwIfProblems } from '../lib/content-error';
import { alignTranslation } from '../lib/align-translation';
import { anchorNote, findOverlaps, isProblem, type AnchoredNote } from '../lib/note-anchor';
import { addressBlocks } from '../lib/paragraph-id';
import { checkStableAddresses, recordAddresses, type PublishedIds } from '../lib/published-ids';
import { isArabicLanguage } from '../lib/script-runs';
import { markNotes } from '../markdown/mark-notes';
import { isolateArabic } from '../markdown/rehype-isolate-arabic';
import { segmentBlocks } from '../markdown/segment-blocks';
import { noteAnchor, noteTitleId, noteTypeLabels, type NoteView } from './notes';

export interface TextSide {
  lang: string;
  dir: 'rtl' | 'ltr';
  html: string;
  text: string;
}

/** One address on the reader: a source block and its translation side by side. */
export interface Pair {
  id: string;
  kind: 'heading' | 'paragraph';
  depth: number;
  /** What a reader calls the block: "paragraph 7" or the heading. */
  label: string;
  source: TextSide;
  translation: TextSide | undefined;
  notes: NoteView[];
  /** Retired ids that now land here. */
  retiredIds: string[];
}

export interface ArticleView {
  slug: string;
  url: string;
  data: CollectionEntry<'articles'>['data'];
  translation: CollectionEntry<'translations'>['data'] | undefined;
  pairs: Pair[];
  notes: NoteView[];
  paragraphCount: number;
}

const lockFile = relative(process.cwd(), resolve(process.env['CONTENT_DIR'] ?? 'content', 'published-ids.json'));

function fileOf(entry: { filePath?: string | undefined; id: string }): string {
  return entry.filePath ? relative(process.cwd(), entry.filePath) : entry.id;
}

/** The body's first line in its file, so block line numbers are the file's own. */
function bodyLineOffset(entry: { filePath?: string | undefined; body?: string | undefined }): number {
  if (!entry.filePath || !entry.body) return 0;
  const raw = readFileSync(entry.filePath, 'utf8');
  const at = raw.indexOf(entry.body);
  return at < 0 ? 0 : raw.slice(0, at).split('\n').length - 1;
}

function segment(entry: CollectionEntry<'articles'> | CollectionEntry<'translations'>, problems: ContentProblem[]) {
  const result = segmentBlocks(fileOf(entry), entry.body ?? '', bodyLineOffset(entry));
  problems.push(...result.problems);
  return result.blocks;
}

const noteId = (entry: CollectionEntry<'notes'>) => entry.id.split('/').at(-1) ?? entry.id;

async function build(): Promise<ArticleView[]> {
  const [articles, translations, notes, published] = await Promise.all([
    getCollection('articles'),
    getCollection('translations'),
    getCollection('notes'),
    getCollection('publishedIds'),
  ]);
  const problems: ContentProblem[] = [];
  const slugs = new Set(articles.map((entry) => entry.data.slug));
  const lock = new Map<string, PublishedIds>(published.map((entry) => [entry.id, entry.data]));
  // `npm run ids:record` adds addresses that are new; it never drops or rewrites one.
  const recording = process.env['RECORD_IDS'] === '1';

  for (const entry of articles) {
    if (entry.id !== entry.data.slug) {
      problems.push({ file: fileOf(entry), where: 'slug', problem: `is "${entry.data.slug}" but the file is named "${entry.id}"`, fix: `name the file ${entry.data.slug}.mdx` });
    }
  }
  for (const entry of [...translations, ...notes]) {
    if (!slugs.has(entry.data.article)) {
      problems.push({ file: fileOf(entry), where: 'article', problem: `"${entry.data.article}" is not the slug of any article`, fix: `use one of: ${[...slugs].join(', ')}` });
    }
  }
  for (const entry of notes) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(noteId(entry))) {
      problems.push({ file: fileOf(entry), where: 'file name', problem: `"${noteId(entry)}" cannot be a note address`, fix: 'name note files with lowercase Latin letters, digits and hyphens' });
    }
  }

  const views = articles.map((article): ArticleView => {
    const file = fileOf(article);
    const addressed = addressBlocks(file, segment(article, problems), article.data.paragraphIds);
    problems.push(...addressed.problems);
    const source = addressed.blocks;
    if (recording) lock.set(article.data.slug, { ...recordAddresses(source), ...lock.get(article.data.slug) });
    problems.push(
      ...checkStableAddresses({
        file,
        lockFile,
        slug: article.data.slug,
        blocks: source,
        retired: article.data.retiredIds,
        published: lock.get(article.data.slug),
      }),
    );

    const ownTranslations = translations.filter((entry) => entry.data.article === article.data.slug);
    const extra = ownTranslations.slice(1)[0];
    if (extra) {
      problems.push({ file: fileOf(extra), where: 'article', problem: `a second translation of "${article.data.slug}"`, fix: 'keep one translation per article and language' });
    }
    const translationEntry = ownTranslations[0];
    const translated = translationEntry
      ? alignTranslation(fileOf(translationEntry), source, segment(translationEntry, problems))
      : undefined;
    if (translated) problems.push(...translated.problems);

    const noteViews = anchorNotes(article.data.slug, source, notes, problems);
    const pairs = source.map((block, index): Pair => {
      const blockNotes = noteViews.filter((note) => note.block === block.id);
      const other = translated?.blocks[index];
      return {
        id: block.id,
        kind: block.kind,
        depth: block.depth,
        // Labels are read inside English interface text (link names, "Back to …"), so a
        // heading is named by its translation, never by its source-language text.
        label: block.kind === 'heading' ? (other ? `heading “${other.text}”` : "a section heading") : `paragraph ${block.id.slice(1)}`,
        source: side(article.data.lang, article.data.dir, block, blockNotes),
        translation: other && translationEntry ? side(translationEntry.data.lang, translationEntry.data.dir, other, []) : undefined,
        notes: blockNotes,
        retiredIds: Object.entries(article.data.retiredIds).filter(([, to]) => to === block.id).map(([from]) => from),
      };
    });
    return {
      slug: article.data.slug,
      url: `/articles/${article.data.slug}/`,
      data: article.data,
      translation: translationEntry?.data,
      pairs,
      notes: pairs.flatMap((pair) => pair.notes),
      paragraphCount: source.filter((block) => block.kind === 'paragraph').length,
    };
  });
  if (recording) writeFileSync(lockFile, `${JSON.stringify(Object.fromEntries(lock), null, 2)}\n`);
  throwIfProblems(problems);
  return views;
}

function anchorNotes(slug: string, blocks: readonly AddressedBlock[], notes: readonly CollectionEntry<'notes'>[], problems: ContentProblem[]): NoteView[] {
  const anchored: (AnchoredNote & { entry: CollectionEntry<'notes'> })[] = [];
  const seen = new Map<string, string>();
  for (const entry of notes.filter((note) => note.data.article === slug)) {
    const file = fileOf(entry);
    const id = noteId(entry);
    const twin = seen.get(id);
    if (twin) problems.push({ file, where: 'file name', problem: `note id "${id}" is also used by ${twin}`, fix: 'give every note of an article its own file name' });
    seen.set(id, file);
    const block = blocks.find((candidate) => candidate.id === entry.data.paragraph);
    if (!block) {
      problems.push({ file, where: 'paragraph', problem: `"${entry.data.paragraph}" is not an address in article "${slug}"`, fix: 'use a paragraph id such as p7 or a heading slug from the article' });
      continue;
    }
    const where = `${block.kind} ${block.id}`;
    const range = anchorNote({ id, file, block: where, blockText: block.text, phrase: entry.data.phrase, occurrence: entry.data.occurrence });
    if (isProblem(range)) problems.push(range);
    else anchored.push({ ...range, id, file, block: block.id, entry });
  }
  problems.push(...findOverlaps(anchored));
  const blockOrder = new Map(blocks.map((block, index) => [block.id, index]));
  return anchored
    .sort((a, b) => (blockOrder.get(a.block) ?? 0) - (blockOrder.get(b.block) ?? 0) || a.start - b.start)
    .map((note) => ({
      id: note.id,
      anchor: noteAnchor(note.id),
      block: note.block,
      start: note.start,
      end: note.end,
      type: note.entry.data.type,
      typeLabel: noteTypeLabels[note.entry.data.type],
      title: note.entry.data.title,
      phrase: note.entry.data.phrase,
      correction: note.entry.data.correction,
      entry: note.entry,
    }));
}

function side(lang: string, dir: 'rtl' | 'ltr', block: AddressedBlock, notes: readonly NoteView[]): TextSide {
  const marked = markNotes(
    block.children,
    notes.map((note) => ({ start: note.start, end: note.end, noteId: note.id, href: `#${note.anchor}`, describedBy: noteTitleId(note.anchor) })),
  );
  const root = { type: 'root' as const, children: marked };
  if (!isArabicLanguage(lang)) isolateArabic(root);
  return { lang, dir, html: toHtml(root), text: block.text };
}

let cached: Promise<ArticleView[]> | undefined;

/** All articles, validated and shaped for the pages: once per build, afresh on every dev request. */
export function loadArticles(): Promise<ArticleView[]> {
  if (!import.meta.env.PROD) return build();
  cached ??= build();
  return cached;
}
