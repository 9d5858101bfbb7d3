import { toHtml } from 'hast-util-to-html';
import type { ArticleEntry } from '../schemas/article-entry.ts';
import type { ArticleData, BlockData, NoteData } from '../schemas/article.ts';
import type { NoteEntry } from '../schemas/note-entry.ts';
import type { TranslationEntry } from '../schemas/translation-entry.ts';
import { articlePageIds, noteAddress } from './addresses.ts';
import { alignTranslation } from './align-translation.ts';
import type { AddressedBlock, Segment } from './blocks.ts';
import type { ContentProblem } from './content-error.ts';
import { anchorNote, findOverlaps, isProblem, type AnchoredNote } from './note-anchor.ts';
import { markNotes } from './note-marks.ts';
import { addressSourceBlocks } from './paragraph-id.ts';
import { checkStableAddresses, emptyRecord, recordAddresses, type PublishedArticle } from './published-addresses.ts';
import { checkPublishedTexts } from './published-texts.ts';
import type { ReceivedText } from './source-text.ts';
import { directionOf } from './text-direction.ts';

export interface NoteInput {
  id: string;
  file: string;
  entry: NoteEntry;
  html: string;
  text: string;
}

/** Everything read from one article's files, already rendered by the Markdown processor. */
export interface ArticleInput {
  slug: string;
  files: { entry: string; source: string; translation: string; lock: string };
  entry: ArticleEntry;
  received: ReceivedText;
  sourceSegments: readonly Segment[];
  translation: { lang: string; entry: TranslationEntry; segments: readonly Segment[] };
  notes: readonly NoteInput[];
  published: PublishedArticle | undefined;
}

export interface AssembledArticle {
  /** Undefined when a problem leaves nothing sensible to show. */
  article: ArticleData | undefined;
  problems: ContentProblem[];
  /** Worth telling the author, not worth failing the build for (a draft's missing blocks). */
  warnings: ContentProblem[];
  /** The lock file's record once these addresses are published. */
  record: PublishedArticle;
}

/**
 * Makes one article out of its parts: addresses every source line, pairs each with its
 * translation, anchors every note on its exact phrase and marks it in the source, and
 * checks that no published address breaks. Pure: the loader does the reading.
 */
export function assembleArticle(input: ArticleInput): AssembledArticle {
  const { slug, files, entry, received, translation } = input;
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];

  const addressed = addressSourceBlocks({
    entryFile: files.entry,
    sourceFile: files.source,
    lines: received.lines,
    segments: input.sourceSegments,
    headings: entry.headings,
    paragraphIds: entry.paragraphIds,
  });
  problems.push(...addressed.problems);
  const source = addressed.blocks;

  const aligned = alignTranslation(files.translation, source, translation.segments, translation.entry.draft);
  problems.push(...aligned.problems);
  if (translation.entry.draft && aligned.missing.length > 0) {
    warnings.push({ file: files.translation, where: 'draft', problem: `${aligned.missing.length} of ${source.length} blocks are not translated yet: ${aligned.missing.join(', ')}`, fix: 'they show "not translated yet", and their translation is not searchable until written' });
  }

  const anchored = anchorNotes(source, input.notes, problems);
  const noteIds = input.notes.map((note) => note.id);
  problems.push(
    ...checkStableAddresses({
      file: files.entry,
      lockFile: files.lock,
      blocks: source,
      noteIds,
      retiredIds: entry.retiredIds,
      retiredNotes: entry.retiredNotes,
      published: input.published,
    }),
  );
  const translations = aligned.blocks.map((block) => block?.text);
  problems.push(
    ...checkPublishedTexts({
      file: files.entry,
      files: { source: files.source, translation: files.translation },
      lockFile: files.lock,
      blocks: source.map((block, index) => ({ address: block.address, kind: block.kind, line: block.line, source: block.text, translation: translations[index], translationLine: aligned.blocks[index]?.line })),
      translationDraft: translation.entry.draft,
      edition: entry.edition,
      changes: entry.changes,
      published: input.published ?? emptyRecord,
    }),
  );
  const record = recordAddresses({ blocks: source, translations, translationDraft: translation.entry.draft, noteIds, changes: entry.changes, published: input.published });
  if (problems.length > 0) return { article: undefined, problems, warnings, record };

  const retiredTo = new Map<string, string[]>();
  const retire = (target: string, old: string) => retiredTo.set(target, [...(retiredTo.get(target) ?? []), old]);
  for (const [old, target] of Object.entries(entry.retiredIds)) retire(target, old);
  for (const [old, target] of Object.entries(entry.retiredNotes)) retire(noteIds.includes(target) ? noteAddress(target) : target, noteAddress(old));

  const notes = anchored.map((note): NoteData => ({
    id: note.id,
    address: noteAddress(note.id),
    block: note.block,
    start: note.start,
    end: note.end,
    type: note.input.entry.type,
    title: note.input.entry.title,
    phrase: note.input.entry.phrase,
    ...(note.input.entry.correction === undefined ? {} : { correction: note.input.entry.correction }),
    ...(note.input.entry.entity === undefined ? {} : { entity: note.input.entry.entity }),
    html: note.input.html,
    text: note.input.text,
    retired: retiredTo.get(noteAddress(note.id)) ?? [],
  }));
  const blocks = source.map((block, index): BlockData => {
    const other = aligned.blocks[index];
    const marks = anchored
      .filter((note) => note.block === block.address)
      .map((note) => ({ start: note.start, end: note.end, href: `#${noteAddress(note.id)}` }));
    return {
      address: block.address,
      kind: block.kind,
      depth: block.depth,
      line: block.line,
      // Labels are read inside English interface text (link names, "Back to …"), so a
      // heading is named by its translation, never by its source-language text.
      label: block.kind === 'heading' ? (other ? `heading “${other.text}”` : 'a section heading') : `paragraph ${block.address.replace(/^p/, '')}`,
      source: { html: toHtml(markNotes(block.children, marks)), text: block.text },
      translation: other ? { html: toHtml(other.children), text: other.text } : null,
      notes: notes.filter((note) => note.block === block.address),
      retired: retiredTo.get(block.address) ?? [],
      changedIn: [...new Set(entry.changes.filter((change) => change.address === block.address).map((change) => change.edition))].sort((a, b) => a - b),
    };
  });
  problems.push(...duplicateIds(files.entry, blocks));
  if (problems.length > 0) return { article: undefined, problems, warnings, record };
  const article: ArticleData = {
    kind: 'article',
    slug,
    path: `articles/${slug}/`,
    title: { source: entry.title, translation: translation.entry.title },
    ...(entry.description === undefined ? {} : { description: entry.description }),
    published: entry.published,
    edition: entry.edition,
    origin: entry.origin,
    source: { lang: entry.lang, dir: directionOf(entry.lang), file: files.source, lineCount: received.lineCount, finalNewline: received.finalNewline },
    translation: { lang: translation.lang, dir: directionOf(translation.lang), translator: translation.entry.translator, draft: translation.entry.draft, missing: aligned.missing },
    blocks,
    changes: [...entry.changes].sort((a, b) => a.edition - b.edition),
    paragraphCount: blocks.filter((block) => block.kind === 'paragraph').length,
    noteCount: notes.length,
  };
  return { article, problems, warnings, record };
}

type Anchored = AnchoredNote & { input: NoteInput };

/** Finds every note's phrase in its block; notes come back in reading order. */
function anchorNotes(blocks: readonly AddressedBlock[], notes: readonly NoteInput[], problems: ContentProblem[]): Anchored[] {
  const anchored: Anchored[] = [];
  for (const note of notes) {
    const block = blocks.find((candidate) => candidate.address === note.entry.block);
    if (!block) {
      problems.push({ file: note.file, where: 'block', problem: `"${note.entry.block}" is not an address in this article`, fix: 'use a paragraph id such as p7 or a heading slug of the article' });
      continue;
    }
    const range = anchorNote({ id: note.id, file: note.file, block: `${block.kind} ${block.address}`, blockText: block.text, phrase: note.entry.phrase, occurrence: note.entry.occurrence });
    if (isProblem(range)) problems.push(range);
    else anchored.push({ ...range, id: note.id, file: note.file, block: block.address, input: note });
  }
  problems.push(...findOverlaps(anchored));
  const order = new Map(blocks.map((block, index) => [block.address, index]));
  return anchored.sort((a, b) => (order.get(a.block) ?? 0) - (order.get(b.block) ?? 0) || a.start - b.start);
}

/**
 * Every address becomes an element id on the article page, beside the page's own ids: a heading slug `note-kcna` and a note `kcna` would both be
 * `#note-kcna`, and only one of them could be reached.
 */
function duplicateIds(file: string, blocks: readonly BlockData[]): ContentProblem[] {
  const owners = new Map<string, string>(articlePageIds().map((id) => [id, 'the page itself']));
  const problems: ContentProblem[] = [];
  const claim = (id: string, owner: string) => {
    const earlier = owners.get(id);
    if (earlier) problems.push({ file, where: owner, problem: `would have the id "${id}", which ${earlier} already has`, fix: 'give one of them another address (a heading takes its slug: reword nothing, but retire or renumber the other)' });
    else owners.set(id, owner);
  };
  for (const block of blocks) {
    claim(block.address, `${block.kind} ${block.address}`);
    for (const old of block.retired) claim(old, `the retired address ${old}`);
    for (const note of block.notes) {
      claim(note.address, `note ${note.id}`);
      for (const old of note.retired) claim(old, `the retired address ${old}`);
    }
  }
  return problems;
}
