/**
 * The one analysis used both when the site builds its Pagefind records and
 * when a reader's query is prepared, so that the two meet on identical keys.
 */

import { arabicAlternates } from './arabic-alternates.ts';
import { stemArabic } from './arabic-stem.ts';
import { foldLatin, stemEnglish } from './english-stem.ts';
import { normaliseArabic } from './normalise.ts';
import { isArabicStopWord, isEnglishStopWord } from './stop-words.ts';
import { tokenise, type TokenKind } from './tokenise.ts';

export interface AnalysedToken {
  /** UTF-16 offsets into the analysed text: `text.slice(start, end) === surface`. */
  readonly start: number;
  readonly end: number;
  /** The token as written, harakat and tatweel included. */
  readonly surface: string;
  /** The index term: normalised and stemmed Arabic, stemmed lower-case Latin, or ASCII digits. */
  readonly key: string;
  readonly kind: TokenKind;
  /** A function word or one-letter particle: kept here for phrase checks, left out of Pagefind text. */
  readonly stop: boolean;
  /** Other readings of the word, indexed beside `key` (see arabic-alternates.ts); queries use `key` only. */
  readonly alternates: readonly string[];
}

// A key is one Pagefind word; NFKD can expand a ligature such as ﷺ into
// several words, which must not split one token into many keys.
const WHITESPACE = /\s+/gu;

function analyseWord(surface: string, kind: TokenKind): { key: string; stop: boolean; alternates: readonly string[] } {
  switch (kind) {
    case 'arabic': {
      const normalised = normaliseArabic(surface).replace(WHITESPACE, '');
      const key = stemArabic(normalised);
      return { key, stop: isArabicStopWord(normalised), alternates: arabicAlternates(normalised, key) };
    }
    case 'latin':
      return { key: stemEnglish(surface), stop: isEnglishStopWord(foldLatin(surface)), alternates: [] };
    case 'number':
      // Numbers are never stop words: 51 (the UN Charter article) and 2000 are what readers look for.
      return { key: normaliseArabic(surface), stop: false, alternates: [] };
  }
}

// Texts repeat their words, and articles each other's: a word is analysed once, then looked
// up. Bounded, so that a page analysing many texts (or a build of many articles with a large
// vocabulary) keeps its memory: the cache starts afresh when full.
// (A spelling's kind is that of its first character, so the spelling alone is the key.)
const wordCache = new Map<string, ReturnType<typeof analyseWord>>();
const wordCacheLimit = 100_000;

function analyseWordCached(surface: string, kind: TokenKind): ReturnType<typeof analyseWord> {
  let analysed = wordCache.get(surface);
  if (!analysed) {
    if (wordCache.size >= wordCacheLimit) wordCache.clear();
    analysed = analyseWord(surface, kind);
    wordCache.set(surface, analysed);
  }
  return analysed;
}

/** Every word, number and particle of `text`, in order, with its key. */
export function analyse(text: string): AnalysedToken[] {
  return tokenise(text).map((token) => ({
    start: token.start,
    end: token.end,
    surface: token.text,
    kind: token.kind,
    ...analyseWordCached(token.text, token.kind),
  }));
}

/** The keys of `text` that are searched for: stop words and empty keys left out. */
export function searchKeys(text: string): string[] {
  return analyse(text)
    .filter((token) => !token.stop && token.key !== '')
    .map((token) => token.key);
}

/**
 * A record's content for Pagefind: the keys of `text` in order, then the other
 * readings of its words. Empty when `text` has only stop words.
 */
export function toSearchText(text: string): string {
  const words = analyse(text).filter((token) => !token.stop && token.key !== '');
  return [...words.map((token) => token.key), ...words.flatMap((token) => token.alternates)].join(' ');
}
