import { noteTypeLabels, noteTypes } from './note-types.ts';

/**
 * The label each note shows before its title ("Error in the source"), written once in the
 * site's CSS (src/integrations/note-type-styles.ts) rather than once per note in its
 * markup. Read by screen readers as part of the note's first line, like any text.
 */
export function noteTypeCss(): string {
  return noteTypes.map((type) => `.note[data-type=${type}]>p:first-of-type::before{content:${JSON.stringify(`${noteTypeLabels[type]} `)}}`).join('');
}
