import type { StyleSources } from './format-citations.ts';

/** The files of the official CSL styles the site adds (in src/lib/links/csl-styles/, served at `scripts/csl/<file>`). */
export const cslStyleFiles: Record<keyof StyleSources, string> = {
  chicago: 'chicago-fullnote-bibliography.csl',
  mla: 'modern-language-association.csl',
};
