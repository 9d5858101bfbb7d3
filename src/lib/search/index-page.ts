import { sideIndexWords } from './index-words.ts';
import { entrySides, parseSearchDocument, sideTexts, type SearchDocument, type SearchEntry, type Side, type UnplacedEntry } from './search-document.ts';

/** How much less a note's words count than the article's own text, in Pagefind's ranking of articles. */
export const noteWeight = 0.5;

/** The element id of one side of entry `index` in an article's Pagefind page: Pagefind reports where each starts. */
export const sideElementId = (index: number, side: Side) => `e${index}${side === 'source' ? 's' : 't'}`;

/**
 * One article's Pagefind page and its entries placed in it, from its entries in reading
 * order (each block, then its notes). Every side of every entry is one element of index
 * words, one word per key (index-words.ts), the source side first; so a word position says
 * which entry and side it belongs to, which is what each entry's `span` records. Notes
 * weigh less, so that in Pagefind's ranking an article's own text outranks its notes.
 */
export function indexArticle(unplaced: readonly UnplacedEntry[]): { entries: SearchEntry[]; html: string } {
  const parts: string[] = [];
  let at = 0;
  const entries = unplaced.map((entry, index): SearchEntry => {
    const start = at;
    const starts: number[] = [];
    for (const side of entrySides) {
      starts.push(at);
      const { words, count } = sideIndexWords(sideTexts(entry, side));
      if (count === 0) continue;
      const weight = entry.kind === 'note' ? ` data-pagefind-weight="${noteWeight}"` : '';
      parts.push(`<p id="${sideElementId(index, side)}"${weight}>${words}</p>`);
      at += count;
    }
    return { ...entry, span: [start, starts[1] ?? at, at] };
  });
  return { entries, html: `<!doctype html><html lang="zxx"><head><meta charset="utf-8"><title>-</title></head><body>${parts.join('')}</body></html>` };
}

/** Where each non-empty side's element must start among the page's words, by element id. */
export function sideStarts(entries: readonly SearchEntry[]): Map<string, number> {
  const starts = new Map<string, number>();
  entries.forEach((entry, index) => {
    const [start, middle, end] = entry.span;
    if (middle > start) starts.set(sideElementId(index, 'source'), start);
    if (end > middle) starts.set(sideElementId(index, 'translation'), middle);
  });
  return starts;
}

/** What the pages hand the indexer for one article: its search document and its Pagefind page. */
export interface IndexSource {
  document: SearchDocument;
  html: string;
}

/** Reads an index source the pages wrote; `from` names the file in errors. */
export function parseIndexSource(value: unknown, from: string): IndexSource {
  if (typeof value !== 'object' || value === null) throw new Error(`index source ${from} is not an object`);
  const fields = new Map<string, unknown>(Object.entries(value));
  const html = fields.get('html');
  if (typeof html !== 'string') throw new Error(`index source ${from}: html is not a string`);
  return { document: parseSearchDocument(fields.get('document'), from), html };
}
