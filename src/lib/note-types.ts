// The kinds of translation note. Kept free of schema code: the browser's scripts import it too.
export const noteTypes = ['error', 'name', 'term', 'context'] as const;
export type NoteType = (typeof noteTypes)[number];

export const noteTypeLabels: Record<NoteType, string> = {
  error: 'Error in the source',
  name: 'Name',
  term: 'Term',
  context: 'Context',
};

/** The order of the notes overview. */
export const noteTypeOrder: readonly NoteType[] = ['error', 'name', 'term', 'context'];
