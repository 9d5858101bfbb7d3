import type { Plugin } from 'vite';
import { noteTypeCss } from '../lib/note-type-css.ts';

/** The module the article page imports for the note-type labels. */
export const noteTypeStylesId = 'virtual:note-type-labels.css';
const resolvedId = `\0${noteTypeStylesId}`;

/**
 * Serves the CSS that writes each note's type label ("Error in the source") before its
 * title, made from the labels in src/lib/note-types.ts, as a stylesheet Vite bundles with
 * the site's own: the labels are written once, in one place, and cached with the CSS.
 */
export function noteTypeStyles(): Plugin {
  return {
    name: 'note-type-styles',
    resolveId: (source) => (source === noteTypeStylesId ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? noteTypeCss() : undefined),
  };
}
