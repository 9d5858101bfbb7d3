import { z } from 'astro/zod';
import { languageSchema, slugSchema } from './ids.ts';
import { entityKinds, noteTypes } from '../lib/note-types.ts';

/**
 * The `articles` collection: what the loader (src/loaders/articles.ts) makes of one
 * article's files, checked and shaped once, for every page, the search index and the
 * data exports to read. Every type the pages use comes from here.
 */
const direction = z.enum(['rtl', 'ltr']);

/** What is known of the source, as in the article entry (src/schemas/article-entry.ts), dates parsed. */
const originSchema = z.object({
  reports: z.string().optional(),
  outlet: z.string().optional(),
  date: z.object({ value: z.coerce.date(), inferred: z.boolean(), basis: z.string() }).optional(),
  remarks: z.string().optional(),
});

/** One block's text on one side: the HTML the reader shows and the plain text it holds. */
const blockText = z.object({ html: z.string(), text: z.string() });

export const noteSchema = z.object({
  id: slugSchema,
  /** `note-<id>`. */
  address: z.string(),
  /** The address of the block the phrase is in. */
  block: z.string(),
  /** Where the phrase stands in the block's source text, in UTF-16 code units. */
  start: z.number().int(),
  end: z.number().int(),
  type: z.enum(noteTypes),
  title: z.string(),
  phrase: z.string(),
  correction: z.string().optional(),
  /** For names: person, organisation or place. */
  entity: z.enum(entityKinds).optional(),
  /** The note's body as HTML and as plain text. */
  html: z.string(),
  text: z.string(),
  /** Addresses of notes merged into this one. */
  retired: z.array(z.string()),
});

export const blockSchema = z.object({
  /** The permanent address: `p7`, or a heading's slug. Source and translation share it. */
  address: z.string(),
  kind: z.enum(['paragraph', 'heading']),
  /** Heading level (2 for a section heading); 0 for paragraphs. */
  depth: z.number().int(),
  /** The block's line in the received source file (1-based). */
  line: z.number().int(),
  /** What a reader calls the block in English: "paragraph 7", or heading “Sanctions”. */
  label: z.string(),
  source: blockText,
  /** Null while a draft translation has not reached this block. */
  translation: blockText.nullable(),
  /** The notes on phrases of this block, in reading order. */
  notes: z.array(noteSchema),
  /** Retired addresses (paragraph ids, `note-…` of removed notes) that now land here. */
  retired: z.array(z.string()),
  /** The editions (numbers) in which this block's source or translation was changed. */
  changedIn: z.array(z.number().int()),
});

/** A declared change to a published block, as the change log shows it. */
export const changeSchema = z.object({
  edition: z.number().int(),
  date: z.coerce.date(),
  address: z.string(),
  part: z.enum(['source', 'translation']),
  /** What changed, in a few words ("translation corrected"). */
  what: z.string(),
  why: z.string(),
  /** The wording before the change. */
  previous: z.string(),
});

export const articleSchema = z.object({
  kind: z.literal('article'),
  slug: slugSchema,
  /** The page's path below the site's base: `articles/<slug>/`. */
  path: z.string(),
  title: z.object({ source: z.string(), translation: z.string() }),
  description: z.string().optional(),
  published: z.coerce.date(),
  edition: z.object({ number: z.number().int(), date: z.coerce.date() }),
  origin: originSchema,
  source: z.object({
    lang: languageSchema,
    dir: direction,
    /** The received file, relative to the project: `content/sources/<slug>.<lang>.txt`. */
    file: z.string(),
    /** Lines in the file and whether its last line ends with a line break, so the file can be rebuilt from the blocks. */
    lineCount: z.number().int(),
    finalNewline: z.boolean(),
  }),
  translation: z.object({
    lang: languageSchema,
    dir: direction,
    translator: z.string(),
    draft: z.boolean(),
    /** Addresses a draft has not translated yet. */
    missing: z.array(z.string()),
  }),
  blocks: z.array(blockSchema),
  /** Every declared change since the first edition, oldest first. */
  changes: z.array(changeSchema),
  paragraphCount: z.number().int(),
  noteCount: z.number().int(),
});

/** One content problem, as the build reports it (see src/lib/content-error.ts). */
const problemSchema = z.object({ file: z.string(), where: z.string(), problem: z.string(), fix: z.string() });

/**
 * In the dev server the content is rechecked on every edit; when it has problems the
 * collection holds only this entry, so that every page shows the build's message.
 */
export const problemsSchema = z.object({ kind: z.literal('problems'), problems: z.array(problemSchema) });

export const articlesCollectionSchema = z.discriminatedUnion('kind', [articleSchema, problemsSchema]);

export type ArticleData = z.output<typeof articleSchema>;
export type BlockData = z.output<typeof blockSchema>;
export type NoteData = z.output<typeof noteSchema>;
export type ChangeData = z.output<typeof changeSchema>;
