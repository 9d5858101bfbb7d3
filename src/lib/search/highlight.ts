import { analyse, type AnalysedToken } from '../search-analysis/index.ts';
import { isOpenTerm, keyMatches, type ParsedQuery } from './query.ts';

export interface TextPiece {
  text: string;
  hit: boolean;
}

const matches = (token: AnalysedToken, query: ParsedQuery) =>
  !token.stop && query.terms.some((term) => [token.key, ...token.alternates].some((key) => keyMatches(key, term, isOpenTerm(query, term))));

/** The words of `text` that match the query, as they are spelled there (harakat and all). */
export function matchedWords(text: string, query: ParsedQuery): AnalysedToken[] {
  return analyse(text).filter((token) => matches(token, query));
}

/**
 * Cuts `text` into plain and highlighted pieces around its matches, keeping about `words`
 * words of context around the first match (the whole text when it is short), so a result
 * shows where the query was found in the text's own spelling.
 */
export function excerpt(text: string, query: ParsedQuery, words = 40): TextPiece[] {
  const tokens = analyse(text);
  const hits = tokens.filter((token) => matches(token, query));
  let from = 0;
  let to = text.length;
  if (tokens.length > words) {
    const first = Math.max(0, tokens.findIndex((token) => matches(token, query)));
    const startIndex = Math.max(0, Math.min(first - Math.floor(words / 3), tokens.length - words));
    from = startIndex === 0 ? 0 : (tokens[startIndex]?.start ?? 0);
    to = startIndex + words >= tokens.length ? text.length : (tokens[startIndex + words - 1]?.end ?? text.length);
  }
  const pieces: TextPiece[] = [];
  let at = from;
  for (const hit of hits) {
    if (hit.start < from || hit.end > to) continue;
    if (hit.start > at) pieces.push({ text: text.slice(at, hit.start), hit: false });
    pieces.push({ text: text.slice(hit.start, hit.end), hit: true });
    at = hit.end;
  }
  if (at < to) pieces.push({ text: text.slice(at, to), hit: false });
  if (from > 0) pieces.unshift({ text: '… ', hit: false });
  if (to < text.length) pieces.push({ text: ' …', hit: false });
  return pieces;
}
