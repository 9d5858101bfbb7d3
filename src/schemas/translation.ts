import { z } from 'astro/zod';
import { languageSchema, slugSchema } from './ids';

/**
 * A translation of one article into one language. Its body has exactly the source's
 * blocks, in the same order: a heading for each heading, a paragraph for each paragraph.
 */
export const translationSchema = z.strictObject({
  article: slugSchema,
  lang: languageSchema,
  dir: z.enum(['rtl', 'ltr']),
  title: z.string().min(1),
  translator: z.string().min(1),
});

export type Translation = z.output<typeof translationSchema>;
