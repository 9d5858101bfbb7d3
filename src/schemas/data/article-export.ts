import { z } from 'astro/zod';
import { entityKinds, noteTypes } from '../../lib/note-types.ts';

/**
 * The open-data JSON of one article (`data/articles/<slug>.json`): the shape the exporter
 * (src/lib/export/article-json.ts) writes, and, through z.toJSONSchema, the JSON Schema
 * published beside it (article.schema.json). Descriptions here are the schema's documentation.
 */
export const isoDay = z.iso.date().meta({ description: 'A calendar day, YYYY-MM-DD.' });
const language = z.string().meta({ description: 'A BCP 47 language tag (ar, en).' });
const direction = z.enum(['rtl', 'ltr']);

const blockExportSchema = z
  .strictObject({
    address: z.string().meta({ description: 'The permanent address: p7, or a heading’s slug. Source and translation share it; on the article page it is the URL fragment (url#address).' }),
    kind: z.enum(['paragraph', 'heading']),
    depth: z.int().min(0).meta({ description: 'Heading level (2 for a section heading); 0 for a paragraph.' }),
    line: z.int().min(1).meta({ description: 'The line of the received file this block is (1-based).' }),
    source: z.string().meta({ description: 'The block’s text exactly as received, errors included: the whole line, without its line break.' }),
    translation: z
      .strictObject({
        text: z.string(),
        html: z
          .string()
          .optional()
          .meta({ description: 'The translation as the site shows it (emphasis; Arabic isolated in <bdi lang="ar">), when it holds markup; when absent, the HTML is the text, escaped.' }),
      })
      .nullable()
      .meta({ description: 'Null while a draft translation has not reached this block.' }),
  })
  .meta({ description: 'One line of the received text (a paragraph or a heading) and its translation.' });

const noteExportSchema = z
  .strictObject({
    id: z.string(),
    address: z.string().meta({ description: 'note-<id>: the note’s URL fragment on the article page.' }),
    block: z.string().meta({ description: 'The address of the block whose source text the phrase is in.' }),
    type: z.enum(noteTypes).meta({ description: 'error: a fault of the source, with its correction; style: a stylistic remark; name, term, context: what the phrase names or means.' }),
    entity: z.enum(entityKinds).optional().meta({ description: 'For a name: what it names.' }),
    title: z.string(),
    phrase: z.string().meta({ description: 'The exact text of the source the note is on.' }),
    start: z.int().min(0).meta({ description: 'Where the phrase starts in the block’s source text, in Unicode code points (not UTF-16 units).' }),
    end: z.int().min(0).meta({ description: 'Where the phrase ends (exclusive), in code points: source[start:end] is the phrase.' }),
    correction: z.string().optional().meta({ description: 'For an error, the wording a careful editor would use; for a style note, a suggested wording.' }),
    text: z.string().meta({ description: 'The note’s body as plain text.' }),
    html: z.string().meta({ description: 'The note’s body as HTML.' }),
  })
  .meta({ description: 'A translation note on one phrase of one source block.' });

export const articleExportSchema = z
  .strictObject({
    $schema: z.url().meta({ description: 'This file’s JSON Schema.' }),
    slug: z.string(),
    url: z.url().meta({ description: 'The article page.' }),
    title: z.strictObject({ source: z.string(), translation: z.string() }),
    description: z.string().optional(),
    published: isoDay.meta({ description: 'When the article was first published on the site.' }),
    edition: z.strictObject({ number: z.int().min(1), date: isoDay }).meta({ description: 'The edition every block and note of this file belongs to.' }),
    origin: z
      .strictObject({
        reports: z.string().optional().meta({ description: 'What the source reports.' }),
        outlet: z.string().optional().meta({ description: 'Where it was published, when known.' }),
        date: z
          .strictObject({ value: isoDay, inferred: z.boolean().meta({ description: 'True when the date is inferred from the text, not stated by the outlet.' }), basis: z.string() })
          .optional(),
        remarks: z.string().optional(),
      })
      .meta({ description: 'What is known of the source; only what is known is stated.' }),
    source: z.strictObject({
      lang: language,
      dir: direction,
      file: z.string().meta({ description: 'The received file in the site’s repository.' }),
      lineCount: z.int().min(1).meta({ description: 'Lines in the received file, empty ones included.' }),
      finalNewline: z.boolean().meta({ description: 'Whether the file ends with a line break. With each block’s line, this rebuilds the file byte for byte: lineCount lines, block texts at their lines, the others empty, joined by LF.' }),
    }),
    translation: z.strictObject({
      lang: language,
      dir: direction,
      translator: z.string(),
      draft: z.boolean(),
      missing: z.array(z.string()).meta({ description: 'Addresses a draft has not translated yet.' }),
    }),
    data: z
      .strictObject({ index: z.url(), annotations: z.url(), tei: z.url() })
      .meta({ description: 'The index of every article, and this article as W3C Web Annotations and as TEI P5.' }),
    blocks: z.array(blockExportSchema),
    notes: z.array(noteExportSchema).meta({ description: 'Every note, in reading order.' }),
  })
  .meta({ title: 'An annotated translation', description: 'One article of the site: the received source text, block by block, its translation and its notes.' });

export type ArticleExport = z.output<typeof articleExportSchema>;
export type NoteExport = z.output<typeof noteExportSchema>;
