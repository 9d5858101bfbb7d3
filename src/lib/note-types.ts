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

/** What a `name` note names: TEI's persName, orgName or placeName, schema.org's Person, Organization or Place. */
export const entityKinds = ['person', 'organisation', 'place'] as const;
export type EntityKind = (typeof entityKinds)[number];

/** The order of the notes overview. */
export const noteTypeOrder: readonly NoteType[] = ['error', 'style', 'name', 'term', 'context'];
