import { z } from 'astro/zod';

/**
 * The frontmatter of `content/translations/<slug>.<lang>.md`. Its body holds one block per
 * source block, each under the comment naming its address (`<!-- p7 -->`).
 */
export const translationEntrySchema = z.strictObject({
  /** The title in the translation's language. */
  title: z.string().min(1),
  translator: z.string().min(1),
  /** A draft may leave blocks empty: they show "not translated yet", and only their source text is indexed. */
  draft: z.boolean().default(false),
});

export type TranslationEntry = z.output<typeof translationEntrySchema>;
