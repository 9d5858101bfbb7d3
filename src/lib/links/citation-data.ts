/**
 * The article as a citation item (CSL-JSON, the input of citeproc-js and the format
 * reference managers import), and what is cited in it: a paragraph, a range, a heading or
 * a note. Shaped at build time into the article's link data, completed in the browser with
 * the address and the date the reader accessed it.
 */
export interface CitationArticle {
  slug: string;
  sourceTitle: string;
  translationTitle: string;
  translator: string;
  site: string;
  edition: { number: number; date: string };
  /** The article's public URL (the canonical link). */
  url: string;
  /** The translation's language (BCP 47), the language of the cited page's apparatus. */
  language: string;
}

/** What is cited: its kind, how the citation names it (the CSL locator) and its fragment. */
export type Cited =
  | { kind: 'paragraphs'; first: number | string; last: number | string; fragment: string }
  | { kind: 'section'; heading: string; fragment: string }
  | { kind: 'note'; title: string; fragment: string };

/** The CSL-JSON item; only the variables used here. */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  'container-title': string;
  translator: { literal: string }[];
  edition: string;
  genre: string;
  accessed: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
}

/** The CSL locator of what is cited: `paragraph 3–7`, `section …`, `note …`. */
export function citedLocator(cited: Cited): { label: 'paragraph' | 'section' | 'note'; locator: string } {
  if (cited.kind === 'paragraphs') return { label: 'paragraph', locator: cited.first === cited.last ? String(cited.first) : `${cited.first}–${cited.last}` };
  if (cited.kind === 'section') return { label: 'section', locator: cited.heading };
  return { label: 'note', locator: `“${cited.title}”` };
}

/** The cited address as a URL naming its edition: `…/articles/x/?edition=2#p3-p7`. */
export function citedUrl(article: CitationArticle, fragment: string, editionParam: string): string {
  const url = new URL(article.url);
  url.searchParams.set(editionParam, String(article.edition.number));
  url.hash = encodeURIComponent(fragment);
  return url.href;
}

/**
 * The item. Both titles go in the title (the English translation, the Arabic original in
 * brackets, as Chicago gives translated titles), since Chicago and MLA print no
 * `original-title`. The edition and its date go in `edition` (MLA prints it) and `genre`
 * (Chicago and APA print it). No `issued` date: the page changes from edition to edition,
 * and the official styles print the date accessed only for works without one.
 */
export function cslItem(article: CitationArticle, cited: Cited, url: string, accessed: Date): CslItem {
  return {
    id: `${article.slug}-${cited.fragment}`,
    type: 'webpage',
    title: `${article.translationTitle} [${article.sourceTitle}]`,
    'container-title': article.site,
    translator: [{ literal: article.translator }],
    edition: String(article.edition.number),
    genre: `Annotated translation, edition ${article.edition.number} of ${article.edition.date}`,
    accessed: { 'date-parts': [[accessed.getFullYear(), accessed.getMonth() + 1, accessed.getDate()]] },
    URL: url,
    language: article.language,
  };
}
