import { analyse } from '../search-analysis';

/** A query longer than this is cut: nobody types more, and it bounds the work per keystroke. */
export const maxQueryLength = 256;
export const maxTerms = 16;

export interface ParsedQuery {
  /** Every searched key, in order, phrases included. */
  terms: string[];
  /** Quoted phrases, each as its sequence of keys; a match must have them consecutively. */
  phrases: string[][];
  /** The last word is still being typed (no space after it), so it may match as a prefix. */
  open: boolean;
  /** Whether the query was cut to `maxQueryLength` characters or `maxTerms` words. */
  truncated: boolean;
}

function keysOf(text: string): string[] {
  return analyse(text)
    .filter((token) => !token.stop && token.key !== '')
    .map((token) => token.key);
}

/**
 * Turns what a reader typed into the keys to look up, with the analysis used for the
 * index. "Quoted text" becomes a phrase; everything else is a set of words that must all
 * occur. Returns no terms for an empty, punctuation-only or stop-word-only query.
 */
export function parseQuery(raw: string): ParsedQuery {
  const cut = raw.length > maxQueryLength;
  const text = raw.slice(0, maxQueryLength);
  const phrases: string[][] = [];
  const terms: string[] = [];
  // Typographic quotes count as quotes: Arabic keyboards and phones type them.
  const quote = /["“”«»]([^"“”«»]*)["“”«»]?/g;
  let rest = '';
  let last = 0;
  for (const match of text.matchAll(quote)) {
    rest += `${text.slice(last, match.index)} `;
    last = match.index + match[0].length;
    const keys = keysOf(match[1] ?? '');
    if (keys.length > 1) phrases.push(keys);
    terms.push(...keys);
  }
  rest += text.slice(last);
  terms.push(...keysOf(rest));
  const unique = [...new Set(terms)];
  return {
    terms: unique.slice(0, maxTerms),
    phrases: phrases.filter((phrase) => phrase.every((key) => unique.slice(0, maxTerms).includes(key))),
    open: /[^\s"“”«»]$/.test(text),
    truncated: cut || unique.length > maxTerms,
  };
}

/**
 * Whether an indexed key satisfies a query term: the same key, or a longer key the term
 * begins (a dual or a longer derivation; words being typed). Prefixes of one or two
 * letters are too unspecific in Arabic to count, except for the word still being typed.
 */
export function keyMatches(key: string, term: string, isOpenTerm = false): boolean {
  if (key === term) return true;
  return (term.length >= 3 || isOpenTerm) && key.startsWith(term);
}

/** Whether a term is the one still being typed. */
export function isOpenTerm(query: ParsedQuery, term: string): boolean {
  return query.open && query.terms.at(-1) === term;
}

function containsPhrase(query: ParsedQuery, keys: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= keys.length; start++) {
    if (phrase.every((term, offset) => keyMatches(keys[start + offset] ?? '', term, isOpenTerm(query, term)))) return true;
  }
  return false;
}

/**
 * Whether a result satisfies the query: every term matches some key of the result (AND,
 * which Pagefind does not guarantee) and every phrase occurs whole in one of its texts.
 * `sides` are the key sequences of the result's texts (source, translation, note).
 */
export function satisfies(query: ParsedQuery, sides: readonly (readonly string[])[]): boolean {
  if (query.terms.length === 0) return false;
  const all = sides.flat();
  const everyTerm = query.terms.every((term) => all.some((key) => keyMatches(key, term, isOpenTerm(query, term))));
  return everyTerm && query.phrases.every((phrase) => sides.some((keys) => containsPhrase(query, keys, phrase)));
}

/** Whether any key of one text matches any term: which sides of a result to highlight. */
export function matchesAnyTerm(query: ParsedQuery, keys: readonly string[]): boolean {
  return query.terms.some((term) => keys.some((key) => keyMatches(key, term, isOpenTerm(query, term))));
}
