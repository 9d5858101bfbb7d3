import { z } from 'astro/zod';
import { isoDay } from './article-export.ts';

/**
 * The open-data index (`data/articles.json`): every article, newest first, with the
 * addresses of its three data files. Published as articles.schema.json.
 */
const indexEntrySchema = z.strictObject({
  slug: z.string(),
  url: z.url().meta({ description: 'The article page.' }),
  title: z.strictObject({ source: z.string(), translation: z.string() }),
  lang: z.strictObject({ source: z.string(), translation: z.string() }).meta({ description: 'BCP 47 tags of the source and of the translation.' }),
  published: isoDay,
  edition: z.strictObject({ number: z.int().min(1), date: isoDay }),
  draft: z.boolean().meta({ description: 'True while the translation is a draft with blocks not translated yet.' }),
  paragraphCount: z.int().min(0),
  noteCount: z.int().min(0),
  data: z
    .strictObject({
      json: z.url().meta({ description: 'application/json: blocks and notes (article.schema.json).' }),
      annotations: z.url().meta({ description: 'application/ld+json: the notes as a W3C Web Annotation collection.' }),
      tei: z.url().meta({ description: 'application/tei+xml: source and translation as a TEI P5 document.' }),
    })
    .meta({ description: 'The article’s data files.' }),
});

export const articlesIndexSchema = z
  .strictObject({
    $schema: z.url().meta({ description: 'This file’s JSON Schema.' }),
    articles: z.array(indexEntrySchema).meta({ description: 'Every article, newest first.' }),
  })
  .meta({ title: 'The articles of the site', description: 'Every annotated translation the site publishes, with its data files.' });

export type ArticlesIndex = z.output<typeof articlesIndexSchema>;
