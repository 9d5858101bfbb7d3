import { analyse, tokenise } from '../search-analysis/index.ts';
import { stemsOf } from './query.ts';

/**
 * Appended to every word the site gives Pagefind, and to every finished query word. Pagefind
 * matches each query word as a prefix of indexed words and, when none begins with it, falls
 * back to indexed words that the query word begins with. With every indexed word ending in
 * this letter, which no key contains (analysis never produces it: it is removed below), a
 * query word that ends in it can only meet the very same key. A word still being typed is
 * sent without it, and then meets every key it begins, which is what typing wants.
 */
export const indexMark = 'ǂ';

const markPattern = new RegExp(indexMark, 'g');

/** The word Pagefind indexes for a key. */
export const indexWord = (key: string): string => `${key.includes(indexMark) ? key.replace(markPattern, '') : key}${indexMark}`;

/** What Pagefind is asked for one term: the exact key, or any key it begins while it is typed. */
export const pagefindQuery = (term: string, open: boolean): string => (open ? term.replace(markPattern, '') : indexWord(term));

/**
 * The index words of one side of an entry, each key once, in the order first met: every
 * word's key, its other readings (arabic-alternates.ts) and the shorter keys it also stands
 * for through an ending the stemmer keeps (فيتنامي is also فيتنام), which Pagefind's prefix
 * matching cannot be trusted to find once the index is in chunks. Once is enough: a position
 * is only ever mapped back to the side it falls in, and a word repeated in every paragraph
 * of every article would otherwise make its index entry, and every search for it, larger.
 */
export function sideKeys(texts: readonly string[]): string[] {
  return [...sideWords(texts).keys];
}

/**
 * What Pagefind indexes for one side of an entry: its keys (see sideKeys) as index words,
 * space-separated, and how many. The words are letters, digits and the mark only (tokens
 * hold nothing else), so they need no escaping in HTML.
 */
export function sideIndexWords(texts: readonly string[]): { words: string; count: number } {
  const { keys } = sideWords(texts);
  return { words: [...keys].map(indexWord).join(' '), count: keys.size };
}

function sideWords(texts: readonly string[]): { keys: Set<string> } {
  const keys = new Set<string>();
  for (const text of texts) for (const token of tokenise(text)) for (const key of readingsOf(token.text)) keys.add(key);
  return { keys };
}

// The readings of a word depend on its spelling alone, and texts repeat their words: each
// spelling is worked out once (bounded like analyse's own cache).
const readingsCache = new Map<string, readonly string[]>();

/** The readings of one word as written: none for a function word. */
function readingsOf(surface: string): readonly string[] {
  let cached = readingsCache.get(surface);
  if (!cached) {
    const readings = new Set<string>();
    for (const token of analyse(surface)) {
      if (token.stop || token.key === '') continue;
      for (const key of [token.key, ...token.alternates]) {
        readings.add(key);
        for (const stem of stemsOf(key)) readings.add(stem);
      }
    }
    cached = [...readings];
    if (readingsCache.size >= 100_000) readingsCache.clear();
    readingsCache.set(surface, cached);
  }
  return cached;
}
