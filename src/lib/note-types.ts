// The kinds of translation note. Kept free of schema code: the browser's scripts import it too.
// `style` is a stylistic preference, not a fault of the text.
export const noteTypes = ['error', 'style', 'name', 'term', 'context'] as const;
export type NoteType = (typeof noteTypes)[number];

export const noteTypeLabels: Record<NoteType, string> = {
  error: 'Error in the source',
  style: 'Style',
  name: 'Name',
  term: 'Term',
  context: 'Context',
};

/** The order of the notes overview. */
export const noteTypeOrder: readonly NoteType[] = ['error', 'style', 'name', 'term', 'context'];
