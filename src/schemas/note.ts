import { z } from 'astro/zod';
import { slugSchema } from './ids';

export const noteTypes = ['error', 'name', 'term', 'context'] as const;
export type NoteType = (typeof noteTypes)[number];

/**
 * A translation note, tied to one phrase of one block of a source article. The file name
 * (without extension) is the note's id and its address: `#note-<id>`.
 */
export const noteSchema = z
  .strictObject({
    article: slugSchema,
    /** The block the phrase is in: a paragraph id (`p7`) or a heading's slug. */
    paragraph: z.string().min(1),
    /** The exact source text the note explains, character for character. */
    phrase: z.string().min(1),
    /** Which occurrence of `phrase` in the block, when it occurs more than once (1-based). */
    occurrence: z.number().int().min(1).optional(),
    type: z.enum(noteTypes),
    /** A short English heading for the note. */
    title: z.string().min(1),
    /** For errors: the wording a careful editor would use instead, in the source language. */
    correction: z.string().min(1).optional(),
  })
  .refine((note) => note.type !== 'error' || note.correction !== undefined, {
    message: 'a note of type "error" needs a "correction"',
    path: ['correction'],
  });

export type Note = z.output<typeof noteSchema>;
