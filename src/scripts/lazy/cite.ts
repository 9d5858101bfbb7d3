// Citation formatting (citation-js with citeproc-js and the official CSL styles), loaded by
// the Cite dialog on its first use only: it is by far the largest code the page can load.
import type { Cited, CslItem } from '../../lib/links/citation-data';
import { cslStyleFiles } from '../../lib/links/csl-style-files';
import { formatCitations, type CitationForms, type StyleSources } from '../../lib/links/format-citations';

export type Citations = (item: CslItem, cited: Cited) => CitationForms;

/** The two styles citation-js does not bundle, fetched from next to this file. */
async function styles(): Promise<StyleSources> {
  const fetchStyle = async (file: string) => {
    const response = await fetch(new URL(`csl/${file}`, import.meta.url));
    if (!response.ok) throw new Error(`${file}: ${response.status}`);
    return response.text();
  };
  const [chicago, mla] = await Promise.all([fetchStyle(cslStyleFiles.chicago), fetchStyle(cslStyleFiles.mla)]);
  return { chicago, mla };
}

/** Resolves once the styles are in, to the function that formats a citation in every form. */
export const loadCitations = (): Promise<Citations> => styles().then((sources) => (item, cited) => formatCitations(item, cited, sources));
