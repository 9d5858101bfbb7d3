import { readFile } from 'node:fs/promises';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import { parseDocument } from 'yaml';
import type { ArticleInput, NoteInput } from '../lib/assemble-article.ts';
import { segmentDocument } from '../lib/blocks.ts';
import type { ContentProblem } from '../lib/content-error.ts';
import { documentItemsKey, type DocumentItem } from '../lib/document-items.ts';
import type { ArticleFiles } from '../lib/library-checks.ts';
import type { PublishedArticle } from '../lib/published-addresses.ts';
import { schemaProblems } from '../lib/schema-problems.ts';
import { readReceivedText, sourceMarkdown } from '../lib/source-text.ts';
import { articleEntrySchema } from '../schemas/article-entry.ts';
import { noteEntrySchema } from '../schemas/note-entry.ts';
import { translationEntrySchema } from '../schemas/translation-entry.ts';
import { readUtf8 } from './content-folder.ts';

type Render = LoaderContext['renderMarkdown'];

/** Renders Markdown with the site's processor and splits what its plugins report from the author's frontmatter. */
async function render(render: Render, markdown: string, file: string, problems: ContentProblem[]) {
  try {
    const rendered = await render(markdown);
    const { [documentItemsKey]: items, ...frontmatter } = rendered.metadata?.frontmatter ?? {};
    return { html: rendered.html, frontmatter, items: (items ?? []) as DocumentItem[] };
  } catch (error) {
    problems.push({ file, where: 'whole file', problem: `cannot be read as Markdown with frontmatter (${(error as Error).message.split('\n').at(-1)})`, fix: 'check the YAML between the --- lines' });
    return undefined;
  }
}

const textOf = (items: readonly DocumentItem[]) => items.flatMap((item) => (item.item === 'element' ? [item.text] : [])).join('\n\n');

/**
 * Reads and renders everything of one article, each file once: the entry, the received
 * text (rendered line by line through the processor, so rehype-slug addresses its
 * headings), the translation and the notes. Assembling them is pure (assembleArticle).
 */
export async function readArticle(files: ArticleFiles, lockFile: string, published: PublishedArticle | undefined, renderMarkdown: Render): Promise<{ input?: ArticleInput; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const yaml = await readUtf8(files.entry);
  if (yaml === undefined) return { problems: [{ file: files.entry, where: 'whole file', problem: 'is not valid UTF-8', fix: 're-save it as UTF-8' }] };
  const document = parseDocument(yaml, { prettyErrors: true });
  if (document.errors.length > 0) {
    return { problems: document.errors.map((error) => ({ file: files.entry, where: `line ${error.linePos?.[0].line ?? '?'}`, problem: error.message.split('\n')[0] ?? 'is not valid YAML', fix: 'correct the YAML' })) };
  }
  const entry = articleEntrySchema.safeParse(document.toJS());
  if (!entry.success) return { problems: schemaProblems(files.entry, entry.error.issues, 'see the fields in src/schemas/article-entry.ts') };

  const source = files.sources.find((each) => each.lang === entry.data.lang);
  for (const other of files.sources.filter((each) => each !== source)) {
    problems.push({ file: other.file, where: 'file name', problem: `is in "${other.lang}" but the article's lang is "${entry.data.lang}"`, fix: 'keep one received text per article, named <slug>.<lang>.txt with the article’s lang' });
  }
  if (!source) {
    problems.push({ file: files.entry, where: 'lang', problem: `there is no received text content/sources/${files.slug}.${entry.data.lang}.txt`, fix: 'add the received file there, byte for byte (npm run new-article does this)' });
  }
  if (!files.translation) return { problems };
  const translationFile = files.translation;
  const [receivedBytes, translationText] = await Promise.all([source ? readFile(source.file) : undefined, readUtf8(translationFile.file)]);
  const received = source && receivedBytes ? readReceivedText(source.file, receivedBytes) : undefined;
  if (received) problems.push(...received.problems);
  if (translationText === undefined) problems.push({ file: translationFile.file, where: 'whole file', problem: 'is not valid UTF-8', fix: 're-save it as UTF-8' });

  const headings = new Set(entry.data.headings);
  const [sourceRendered, translationRendered, notes] = await Promise.all([
    received?.text ? render(renderMarkdown, sourceMarkdown(received.text, headings, entry.data.lang), source?.file ?? files.entry, problems) : undefined,
    translationText === undefined ? undefined : render(renderMarkdown, translationText, translationFile.file, problems),
    Promise.all(files.notes.map((note) => readNote(note, renderMarkdown, problems))),
  ]);

  let translation: ArticleInput['translation'] | undefined;
  if (translationRendered && translationText !== undefined) {
    const meta = translationEntrySchema.safeParse(translationRendered.frontmatter);
    if (!meta.success) problems.push(...schemaProblems(translationFile.file, meta.error.issues, 'see the fields in src/schemas/translation-entry.ts'));
    // The processor counts lines from the end of the frontmatter; messages count from the top of the file.
    const offset = (extractFrontmatter(translationText) ?? '').split('\n').length - 1;
    const segmented = segmentDocument(translationFile.file, translationRendered.items, offset);
    problems.push(...segmented.problems);
    if (meta.success) translation = { lang: translationFile.lang, entry: meta.data, segments: segmented.segments };
  }
  let sourceSegments;
  if (sourceRendered && source) {
    const segmented = segmentDocument(source.file, sourceRendered.items);
    problems.push(...segmented.problems);
    sourceSegments = segmented.segments;
  }
  if (!received?.text || !sourceSegments || !translation || problems.length > 0) return { problems };
  return {
    input: {
      slug: files.slug,
      files: { entry: files.entry, source: source?.file ?? '', translation: translationFile.file, lock: lockFile },
      entry: entry.data,
      received: received.text,
      sourceSegments,
      translation,
      notes: notes.filter((note) => note !== undefined),
      published,
    },
    problems,
  };
}

async function readNote(note: { id: string; file: string }, renderMarkdown: Render, problems: ContentProblem[]): Promise<NoteInput | undefined> {
  const text = await readUtf8(note.file);
  if (text === undefined) {
    problems.push({ file: note.file, where: 'whole file', problem: 'is not valid UTF-8', fix: 're-save it as UTF-8' });
    return undefined;
  }
  const rendered = await render(renderMarkdown, text, note.file, problems);
  if (!rendered) return undefined;
  const entry = noteEntrySchema.safeParse(rendered.frontmatter);
  if (!entry.success) {
    problems.push(...schemaProblems(note.file, entry.error.issues, 'see the fields in src/schemas/note-entry.ts'));
    return undefined;
  }
  return { id: note.id, file: note.file, entry: entry.data, html: rendered.html, text: textOf(rendered.items) };
}
