/**
 * Keys for words in Latin script (the English translation and notes, and
 * Latin names inside Arabic text): folded like the Arabic side so that
 * Putin’s, PUTIN and Putin meet, then Porter-stemmed so that treaty and
 * treaties, signed and signing meet.
 */

import { stemmer } from 'stemmer';

// Possessive ’s and a trailing apostrophe (the allies’ treaty) carry no meaning for search.
const POSSESSIVE = /['\u2019\u02BC]s?$/u;
const APOSTROPHES = /['\u2019\u02BC]/gu;
const COMBINING_MARKS = /\p{M}/gu;
const ASCII_WORD = /^[a-z]+$/;

/** Lower-cased, accent-free, apostrophe-free form of a Latin word, before stemming. */
export function foldLatin(word: string): string {
  return word
    .normalize('NFKD')
    .toLowerCase()
    .replace(COMBINING_MARKS, '')
    .replace(POSSESSIVE, '')
    .replace(APOSTROPHES, '')
    .normalize('NFC');
}

/**
 * The key of a Latin-script word. Porter's rules are English-only, so words
 * with digits (g7, covid19) or other alphabets are folded but not stemmed.
 */
export function stemEnglish(word: string): string {
  const folded = foldLatin(word);
  return ASCII_WORD.test(folded) ? stemmer(folded) : folded;
}
