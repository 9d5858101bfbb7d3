import { z } from 'astro/zod';
import { isoDateSchema, languageSchema, paragraphIdSchema, slugSchema } from './ids.ts';

/**
 * What an author writes about one article: `content/articles/<slug>.yml`. The text itself
 * is `content/sources/<slug>.<lang>.txt`, kept byte for byte as received; this entry only
 * says what its lines are (which are headings, the address of every other line) and what
 * is known of where it comes from.
 */
export const originSchema = z.strictObject({
  /** What the text reports, in one English sentence. */
  reports: z.string().min(1).optional(),
  /** The outlet that published the text; omit when it is not known. */
  outlet: z.string().min(1).optional(),
  /** When the source was published, if known. */
  date: z
    .strictObject({
      value: isoDateSchema,
      /** True when the date is worked out from the text (e.g. "today, Thursday") rather than printed by the outlet. */
      inferred: z.boolean(),
      /** How the date was established; required so that an inferred date always says why. */
      basis: z.string().min(1),
    })
    .optional(),
  /** Anything else a reader should know about where the text comes from. */
  remarks: z.string().min(1).optional(),
});

export const articleEntrySchema = z.strictObject({
  /** The title in the source's language (the editors' when the source had none). */
  title: z.string().min(1),
  /** One English sentence describing the article, for listings and sharing. */
  description: z.string().min(1).optional(),
  /** The source's language; its text is `content/sources/<slug>.<lang>.txt`. */
  lang: languageSchema,
  /** The day the article was first published on this site; listings are newest first by it. */
  published: isoDateSchema,
  /** The edition readers see and cite: its number (1 for the first) and the day it was published. */
  edition: z.strictObject({ number: z.number().int().min(1), date: isoDateSchema }),
  origin: originSchema.default({}),
  /** The source's lines (1-based) that are section headings; a heading's address is its slug. */
  headings: z.array(z.number().int().min(1)).default([]),
  /**
   * The address of every other line, in order. Written down rather than counted so that
   * a paragraph's address never depends on the lines before it.
   */
  paragraphIds: z.array(paragraphIdSchema).min(1),
  /** Addresses no longer in the article, and the address each now lands on. */
  retiredIds: z.record(z.string().min(1), z.string().min(1)).default({}),
  /** Notes merged or removed: note id → the note id (or block address) its address now lands on. */
  retiredNotes: z.record(slugSchema, z.string().min(1)).default({}),
  /**
   * Every change to a published block's text or translation, declared when it is made and
   * kept for good: the article's public change log. A change belongs to the edition that
   * made it (its date is that edition's date).
   */
  changes: z
    .array(
      z.strictObject({
        edition: z.number().int().min(2),
        date: isoDateSchema,
        address: z.string().min(1),
        part: z.enum(['source', 'translation']),
        /** What changed, in a few words: "translation corrected". */
        what: z.string().min(1),
        why: z.string().min(1),
        /** The wording before the change, exactly as it was published (the build checks it against the lock). */
        previous: z.string().min(1),
      }),
    )
    .default([]),
});

export type ArticleEntry = z.output<typeof articleEntrySchema>;
export type Origin = z.output<typeof originSchema>;
