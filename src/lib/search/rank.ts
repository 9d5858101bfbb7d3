import { noteWeight } from './index-page.ts';
import { phrasesOccur, type ParsedQuery } from './query.ts';
import { entrySides, sideTexts, type SearchDocument, type SearchEntry, type Side } from './search-document.ts';

/** What Pagefind says of one article for one term: its score and the word positions that matched. */
export interface TermMatch {
  id: string;
  score: number;
  words: readonly number[];
}

/** An article that has every term somewhere, with each term's positions in it. */
export interface Candidate {
  id: string;
  score: number;
  /** Per query term, in the query's order. */
  words: (readonly number[])[];
}

/**
 * The articles that have every term (AND at the article level; whether one address has them
 * all is decided once its document is loaded), best first: Pagefind's scores summed over
 * the terms, in which an article's own text counts more than its notes.
 */
export function candidates(perTerm: readonly (readonly TermMatch[])[]): Candidate[] {
  const [first, ...rest] = perTerm;
  if (!first) return [];
  const others = rest.map((matches) => new Map(matches.map((match) => [match.id, match])));
  const found: Candidate[] = [];
  for (const match of first) {
    const more = others.map((byId) => byId.get(match.id));
    if (more.some((other) => other === undefined)) continue;
    const all = [match, ...more.filter((other) => other !== undefined)];
    found.push({ id: match.id, score: all.reduce((sum, other) => sum + other.score, 0), words: all.map((other) => other.words) });
  }
  return found.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

export interface Filters {
  /** Only sides in this language (empty: any). */
  language: string;
  /** `text` (paragraphs and headings), `note`, or empty for both. */
  kind: string;
}

export interface Hit {
  document: SearchDocument;
  entry: SearchEntry;
  /** Which sides matched the query. */
  sides: Side[];
  /** Shown under its block's result, as part of it, rather than as a rival result. */
  underBlock: boolean;
}

/** The entry whose span holds `position` (entries are in position order), by bisection. */
function entryAt(entries: readonly SearchEntry[], position: number): number {
  let low = 0;
  let high = entries.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = entries[middle]?.span;
    if (!span) break;
    if (position < span[0]) high = middle - 1;
    else if (position >= span[2]) low = middle + 1;
    else return middle;
  }
  return -1;
}

/**
 * The results one article gives: every entry that has all the terms (in either side, or in
 * the filtered language's side only) and every quoted phrase, ranked by the terms found per
 * side, a note's counting half; at equal rank the article's text comes first, in reading
 * order. A note whose block is also a result is placed right after it.
 */
export function articleHits(document: SearchDocument, candidate: Candidate, query: ParsedQuery, filters: Filters): Hit[] {
  const { entries } = document;
  const languageOf = (side: Side) => (side === 'source' ? document.source.lang : document.translation?.lang);
  // terms[entry][side] = the query terms (by index) found there.
  const found = new Map<number, Map<Side, Set<number>>>();
  candidate.words.forEach((positions, term) => {
    for (const position of positions) {
      const index = entryAt(entries, position);
      const entry = entries[index];
      if (!entry) continue;
      const side: Side = position < entry.span[1] ? 'source' : 'translation';
      if (filters.language && languageOf(side) !== filters.language) continue;
      const bySide = found.get(index) ?? new Map<Side, Set<number>>();
      bySide.set(side, (bySide.get(side) ?? new Set()).add(term));
      found.set(index, bySide);
    }
  });
  const ranked: { index: number; hit: Hit; score: number }[] = [];
  for (const [index, bySide] of found) {
    const entry = entries[index];
    if (!entry) continue;
    if (filters.kind && (entry.kind === 'note' ? 'note' : 'text') !== filters.kind) continue;
    const terms = new Set([...bySide.values()].flatMap((set) => [...set]));
    if (terms.size < query.terms.length) continue;
    if (!phrasesOccur(query, entrySides.flatMap((side) => sideTexts(entry, side)))) continue;
    const weight = entry.kind === 'note' ? noteWeight : 1;
    const score = [...bySide.values()].reduce((sum, set) => sum + set.size * weight, 0);
    ranked.push({ index, score, hit: { document, entry, sides: entrySides.filter((side) => bySide.has(side)), underBlock: false } });
  }
  ranked.sort((a, b) => b.score - a.score || Number(a.hit.entry.kind === 'note') - Number(b.hit.entry.kind === 'note') || a.index - b.index);
  const blocks = new Set(ranked.filter(({ hit }) => hit.entry.kind !== 'note').map(({ hit }) => hit.entry.address));
  const under = (hit: Hit) => hit.entry.kind === 'note' && blocks.has(hit.entry.block);
  const hits: Hit[] = [];
  for (const { hit } of ranked) {
    if (under(hit)) continue;
    hits.push(hit);
    if (hit.entry.kind !== 'note') {
      for (const note of ranked) if (note.hit.entry.kind === 'note' && note.hit.entry.block === hit.entry.address) hits.push({ ...note.hit, underBlock: true });
    }
  }
  return hits;
}
