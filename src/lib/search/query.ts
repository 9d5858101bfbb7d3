import { analyse, searchKeys } from '../search-analysis/index.ts';

/** A query longer than this is cut: nobody types more, and it bounds the work per keystroke. */
export const maxQueryLength = 256;
export const maxTerms = 16;

export interface ParsedQuery {
  /** Every searched key, in order, phrases included. */
  terms: string[];
  /** Quoted phrases, each as its sequence of keys; a match must have them consecutively. */
  phrases: string[][];
  /** The last word is still being typed (no space after it yet), so it may match as a prefix. */
  open: boolean;
  /** Whether the query was cut to `maxQueryLength` characters or `maxTerms` words. */
  truncated: boolean;
}

/**
 * Turns what a reader typed into the keys to look up, with the analysis used for the
 * index. "Quoted text" becomes a phrase; everything else is a set of words that must all
 * occur. Returns no terms for an empty, punctuation-only or stop-word-only query. `typing`
 * says the reader is still typing (search as you type), as opposed to a submitted or linked query.
 */
export function parseQuery(raw: string, { typing = false } = {}): ParsedQuery {
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
    const keys = searchKeys(match[1] ?? '');
    if (keys.length > 1) phrases.push(keys);
    terms.push(...keys);
  }
  rest += text.slice(last);
  terms.push(...searchKeys(rest));
  const unique = [...new Set(terms)];
  return {
    terms: unique.slice(0, maxTerms),
    phrases: phrases.filter((phrase) => phrase.every((key) => unique.slice(0, maxTerms).includes(key))),
    open: typing && /[^\s"“”«»]$/.test(text),
    truncated: cut || unique.length > maxTerms,
  };
}

// Endings the stemmers leave on a word (the alef of tanween, nisba, dual, plural): a longer
// key that differs from the term only by one of these is the same word (فيتنام → فيتنامي,
// بلد → بلدين, Vietnam → Vietnamese). Anything longer is another word that merely begins the
// same (امر → امريك, ally → alliance).
const keptEndings = ['ا', 'ي', 'يه', 'ين', 'ان', 'ون', 'ات', 'ه', 's', 'es', 'ese'] as const;
/** A shorter key keeps at least this many letters: one letter is never a searched word. */
const minStem = 2;

/** The shorter keys `key` also stands for: itself less an ending the stemmer keeps. */
export function stemsOf(key: string): string[] {
  return keptEndings.filter((ending) => key.length - ending.length >= minStem && key.endsWith(ending)).map((ending) => key.slice(0, -ending.length));
}

/**
 * Whether an indexed key satisfies a query term: the same key, or the term plus an ending
 * the stemmer keeps (the index holds those terms too, see index-words.ts). The word still
 * being typed matches any longer key it begins.
 */
export function keyMatches(key: string, term: string, isOpenTerm = false): boolean {
  if (key === term) return true;
  if (!key.startsWith(term)) return false;
  return isOpenTerm || stemsOf(key).includes(term);
}

/** Whether a term is the one still being typed. */
export function isOpenTerm(query: ParsedQuery, term: string): boolean {
  return query.open && query.terms.at(-1) === term;
}

/** The readings of each word of `text`, in order, stop words left out. */
function wordReadings(text: string): string[][] {
  return analyse(text)
    .filter((token) => !token.stop && token.key !== '')
    .map((token) => [token.key, ...token.alternates]);
}

/**
 * Whether every quoted phrase occurs whole and in order in one of `texts`. Checked on the
 * original texts, where each word's readings are known, not on the index's key list.
 */
export function phrasesOccur(query: ParsedQuery, texts: readonly string[]): boolean {
  const words = texts.map(wordReadings);
  return query.phrases.every((phrase) =>
    words.some((readings) => {
      for (let start = 0; start + phrase.length <= readings.length; start++) {
        const fits = phrase.every((term, offset) =>
          (readings[start + offset] ?? []).some((key) => keyMatches(key, term, isOpenTerm(query, term))),
        );
        if (fits) return true;
      }
      return false;
    }),
  );
}
