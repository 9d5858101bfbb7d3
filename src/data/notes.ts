import type { CollectionEntry } from 'astro:content';
import type { NoteType } from '../schemas/note';

export const noteTypeLabels: Record<NoteType, string> = {
  error: 'Error in the source',
  name: 'Name',
  term: 'Term',
  context: 'Context',
};

/** The order of the notes overview. */
export const noteTypeOrder: readonly NoteType[] = ['error', 'name', 'term', 'context'];

export const noteAnchor = (id: string) => `note-${id}`;
/** The id of a note's title, which names the note and describes its marks. */
export const noteTitleId = (anchor: string) => `${anchor}-title`;

export interface NoteView {
  id: string;
  anchor: string;
  block: string;
  start: number;
  end: number;
  type: NoteType;
  typeLabel: string;
  title: string;
  phrase: string;
  correction: string | undefined;
  entry: CollectionEntry<'notes'>;
}
