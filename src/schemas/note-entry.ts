import { z } from 'astro/zod';
import { entityKinds, noteTypes } from '../lib/note-types.ts';

/**
 * The frontmatter of `content/notes/<article slug>/<note id>.md`: a translation note tied
 * to one phrase of one source block. The file name is the note's id; `#note-<id>` is its address.
 */
export const noteEntrySchema = z
  .strictObject({
    /** The address of the block the phrase is in: a paragraph id (`p7`) or a heading's slug. */
    block: z.string().min(1),
    /** The exact source text the note explains, character for character. */
    phrase: z.string().min(1),
    /** Which occurrence of `phrase` in the block, when it occurs more than once (1-based). */
    occurrence: z.number().int().min(1).optional(),
    type: z.enum(noteTypes),
    /** A short English heading for the note. */
    title: z.string().min(1),
    /**
     * The wording a careful editor would use instead, in the source language: required for an
     * `error`, optional for a `style` note (a suggested wording, not a correction of a fault).
     */
    correction: z.string().min(1).optional(),
    /** For names: what the phrase names. */
    entity: z.enum(entityKinds).optional(),
  })
  .refine((note) => note.type !== 'error' || note.correction !== undefined, {
    message: 'a note of type "error" needs a "correction"',
    path: ['correction'],
  })
  .refine((note) => note.type === 'name' || note.entity === undefined, { message: 'only a note of type "name" names an entity', path: ['entity'] })
  .refine((note) => note.type !== 'name' || note.entity !== undefined, { message: 'a note of type "name" needs an "entity": person, organisation or place', path: ['entity'] });

export type NoteEntry = z.output<typeof noteEntrySchema>;
