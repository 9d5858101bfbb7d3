import { z } from 'astro/zod';

/**
 * One article's notes as a W3C Web Annotation collection
 * (`data/articles/<slug>.annotations.jsonld`, https://www.w3.org/TR/annotation-model/), in
 * the shape this site writes: a narrower JSON Schema than the model allows, published as
 * annotations.schema.json, so that a reader knows which of the model's options to expect.
 */
export const annoContext = 'http://www.w3.org/ns/anno.jsonld';

/** The motivations of the Web Annotation vocabulary (https://www.w3.org/TR/annotation-vocab/#motivation). */
export const motivations = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'] as const;
export type Motivation = (typeof motivations)[number];

const textQuoteSelectorSchema = z
  .strictObject({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string(), suffix: z.string() })
  .meta({ description: 'The phrase, with enough text before and after it to occur once in the paragraph.' });

const textPositionSelectorSchema = z
  .strictObject({ type: z.literal('TextPositionSelector'), start: z.int().min(0), end: z.int().min(0) })
  .meta({ description: 'The phrase’s place in the paragraph’s text, in Unicode code points.' });

const textualBodySchema = z.strictObject({
  type: z.literal('TextualBody'),
  purpose: z.enum(motivations),
  value: z.string(),
  format: z.enum(['text/html', 'text/plain']),
  language: z.string(),
  textDirection: z.enum(['ltr', 'rtl']).optional(),
});

const annotationSchema = z.strictObject({
  id: z.url(),
  type: z.literal('Annotation'),
  motivation: z.enum(motivations),
  label: z.string().meta({ description: 'The note’s title.' }),
  body: z
    .array(textualBodySchema)
    .min(1)
    .meta({ description: 'The note, in the translation’s language; for an error (or a style note with a suggested wording) a second body, purpose editing, holding the correction in the source’s language.' }),
  target: z.strictObject({
    type: z.literal('SpecificResource'),
    source: z.url().meta({ description: 'The source paragraph on the article page: its URL with the paragraph’s address as fragment.' }),
    selector: z.tuple([textQuoteSelectorSchema, textPositionSelectorSchema]).meta({ description: 'Two equivalent selectors of the phrase, over the text of the source paragraph.' }),
  }),
});

export const annotationCollectionSchema = z
  .strictObject({
    '@context': z.literal(annoContext),
    id: z.url(),
    type: z.literal('AnnotationCollection'),
    label: z.string(),
    total: z.int().min(0),
    first: z
      .strictObject({ id: z.url(), type: z.literal('AnnotationPage'), startIndex: z.literal(0), items: z.array(annotationSchema) })
      .optional()
      .meta({ description: 'Every annotation, on one page; absent when the article has no notes.' }),
  })
  .meta({ title: 'The notes of an annotated translation', description: 'A W3C Web Annotation collection: one Annotation per translation note.' });

export type AnnotationCollection = z.output<typeof annotationCollectionSchema>;
export type Annotation = z.output<typeof annotationSchema>;
export type TextualBody = z.output<typeof textualBodySchema>;
