import { z } from 'astro/zod';
import { languageSchema, paragraphIdSchema, slugSchema } from './ids';

const knownOrInferredDate = z.strictObject({
  /** YAML reads an unquoted date as a Date; a quoted one is coerced the same way. */
  date: z.coerce.date(),
  /** True when the date is worked out from the text (e.g. "today, Thursday") rather than printed by the outlet. */
  inferred: z.boolean(),
  /** How the date was established; required so an inferred date always says why. */
  basis: z.string().min(1),
});

export const originSchema = z.strictObject({
  /** What the text reports, in one English sentence. */
  reports: z.string().min(1),
  /** The outlet that published the text; omit when it is not known. */
  outlet: z.string().min(1).optional(),
  published: knownOrInferredDate.optional(),
  /** Anything else a reader should know about where the text comes from. */
  remarks: z.string().min(1).optional(),
});

export const articleSchema = z.strictObject({
  slug: slugSchema,
  title: z.strictObject({ ar: z.string().min(1), en: z.string().min(1) }),
  /** One English sentence describing the article, for listings and sharing. */
  description: z.string().min(1),
  lang: languageSchema,
  dir: z.enum(['rtl', 'ltr']),
  origin: originSchema,
  /**
   * The address of every paragraph, in body order. Headings are not listed: they take
   * their slug. Ids are written down rather than counted so that inserting or removing a
   * paragraph never renumbers the others.
   */
  paragraphIds: z.array(paragraphIdSchema).min(1),
  /** Retired paragraph ids and the id each now points to. */
  retiredIds: z.record(paragraphIdSchema, z.string().min(1)).default({}),
});

export type Article = z.output<typeof articleSchema>;
