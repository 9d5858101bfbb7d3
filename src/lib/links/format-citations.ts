import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import { citedLocator, type Cited, type CslItem } from './citation-data.ts';

/** The official CSL styles citation-js does not bundle (it bundles APA), as XML. */
export interface StyleSources {
  chicago: string;
  mla: string;
}

/** What the Cite dialog offers, each as plain text. */
export type CitationForms = Record<'chicago' | 'apa' | 'mla' | 'bibtex' | 'biblatex' | 'csl', string>;

const styleNames = { chicago: 'chicago-fullnote-bibliography', apa: 'apa', mla: 'modern-language-association' } as const;

let registered = false;
function register(styles: StyleSources) {
  if (registered) return;
  const config = plugins.config.get('@csl');
  config.styles.add(styleNames.chicago, styles.chicago);
  config.styles.add(styleNames.mla, styles.mla);
  // citation-js writes BibTeX as ASCII by default, replacing what it has no LaTeX command
  // for with nothing: the Arabic title would come out blank. BibLaTeX with Biber, and
  // BibTeX run on UTF-8 files, take the characters as they are.
  plugins.config.get('@bibtex').format.asciiOnly = false;
  registered = true;
}

/**
 * The citation of one item in Chicago (notes and bibliography: the full note, then the
 * bibliography entry), APA and MLA (the reference, then the in-text citation), with the
 * cited paragraphs, section or note as the locator, and as BibTeX, BibLaTeX and CSL-JSON. Formatted by
 * citeproc-js through citation-js, with the official CSL styles.
 */
export function formatCitations(item: CslItem, cited: Cited, styles: StyleSources): CitationForms {
  register(styles);
  const cite = new Cite([item]);
  const { label, locator } = citedLocator(cited);
  const form = (style: keyof typeof styleNames, first: 'note' | 'in the text') => {
    const template = styleNames[style];
    const reference = String(cite.format('bibliography', { format: 'text', style: template, lang: 'en-US' })).trim();
    const citation = String(cite.format('citation', { format: 'text', style: template, lang: 'en-US', entry: [{ id: item.id, locator, label }], citationsPre: [], citationsPost: [] })).trim();
    return first === 'note' ? `Note:\n${citation}\n\nBibliography:\n${reference}` : `Reference:\n${reference}\n\nIn the text:\n${citation}`;
  };
  return {
    chicago: form('chicago', 'note'),
    apa: form('apa', 'in the text'),
    mla: form('mla', 'in the text'),
    // Classic BibTeX has no field for the access date or the translator (BibLaTeX has):
    // both are offered, for whichever the reader's bibliography runs on.
    bibtex: String(cite.format('bibtex', { format: 'text' })).trim(),
    biblatex: String(cite.format('biblatex', { format: 'text' })).trim(),
    csl: JSON.stringify([item], null, 2),
  };
}
