/** What the reader chose to link, cite or copy: one block or a range of blocks, or a note. */
export type Chosen = { kind: 'blocks'; first: string; last: string } | { kind: 'note'; address: string; title: string; block: string };
