import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleSchema } from './schemas/article';
import { noteSchema } from './schemas/note';
import { translationSchema } from './schemas/translation';

// Tests build the site from fixture content by pointing CONTENT_DIR elsewhere.
const contentDir = process.env.CONTENT_DIR ?? './content';

export const collections = {
  articles: defineCollection({
    loader: glob({ base: `${contentDir}/articles`, pattern: '**/*.mdx' }),
    schema: articleSchema,
  }),
  translations: defineCollection({
    loader: glob({ base: `${contentDir}/translations`, pattern: '**/*.mdx' }),
    schema: translationSchema,
  }),
  notes: defineCollection({
    loader: glob({ base: `${contentDir}/notes`, pattern: '**/*.mdx' }),
    schema: noteSchema,
  }),
  /** Every address ever published, per article: id → fingerprint of its text. */
  publishedIds: defineCollection({
    loader: file(`${contentDir}/published-ids.json`),
    schema: z.record(z.string(), z.string().regex(/^[0-9a-f]{8}$/, 'a fingerprint is 8 hexadecimal digits')),
  }),
};
