/**
 * Function words left out of what is sent to Pagefind, at index and query
 * time alike. They match almost every passage, and Pagefind prefix-matches
 * query words, so a short one like لا or في would also pull in لام, فيتنام.
 * Their tokens are still returned by analyse() (marked `stop`) so that
 * phrase checks and highlighting on the original text can use them.
 */

import { normaliseArabic } from './normalise.ts';

/** Written in ordinary spelling; compared after normaliseArabic. */
const ARABIC_FUNCTION_WORDS = [
  // prepositions
  'في', 'من', 'إلى', 'على', 'عن', 'مع', 'عند', 'لدى', 'منذ', 'حتى',
  // the same with pronouns attached, which the stemmer leaves whole (too short);
  // not فيه and إليه(ا): once hamza is folded they are also فئة and آلية
  'فيها', 'منه', 'منها', 'عنه', 'عنها', 'له', 'لها', 'لهم', 'به', 'بها', 'عليه',
  'عليها', 'معه', 'معها', 'بينهما', 'منهما', 'عنهما', 'لهما', 'بهما',
  // conjunctions and particles
  // أم is left out: with و/ف in front it would swallow the names فام (Pham) and وام.
  'أن', 'إن', 'أنه', 'أنها', 'إنه', 'إنها', 'أو', 'ثم', 'بل', 'لكن', 'لأن', 'بأن',
  'كي', 'لكي', 'لذلك', 'بذلك', 'كذلك', 'لهذا', 'بهذا',
  'ما', 'لا', 'لم', 'لن', 'قد', 'إذا', 'إذ', 'كما', 'لما', 'بما', 'مما',
  'فيما', 'عما', 'أي', 'أيضا', 'الآن', 'هل',
  // pronouns
  'هو', 'هي', 'هم', 'هما', 'هن', 'نحن', 'أنا', 'أنت', 'أنتم',
  // demonstratives and relatives
  'هذا', 'هذه', 'ذلك', 'تلك', 'هذان', 'هاتان', 'هؤلاء', 'أولئك',
  'الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللاتي', 'اللواتي',
];

const ARABIC_STOP: ReadonlySet<string> = new Set(ARABIC_FUNCTION_WORDS.map(normaliseArabic));

/**
 * A small list on purpose: `us`, `who` and `it` are left out because
 * they are also US, WHO and IT once lower-cased.
 */
const ENGLISH_STOP: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for',
  'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'its', 'that', 'this',
]);

/**
 * `normalised` is a normalised Arabic word. One-letter words are the
 * detached proclitics (و, the ل of لـ”معاهدة) and are always stop words.
 * A proclitic in front of a function word (ولا, فإن, وهذا, بأنها) keeps it
 * one; after ب ل ك only for function words of three letters or more,
 * because ب/ل/ك + a two-letter one is as often a word or name: كان, لام.
 */
export function isArabicStopWord(normalised: string): boolean {
  if (normalised.length <= 1) return true;
  if (ARABIC_STOP.has(normalised)) return true;
  const first = normalised[0];
  const rest = normalised.slice(1);
  if (first === 'و' || first === 'ف') return ARABIC_STOP.has(rest);
  return (first === 'ب' || first === 'ل' || first === 'ك') && rest.length >= 3 && ARABIC_STOP.has(rest);
}

/** `folded` is a lower-cased Latin word without apostrophes. Single letters (a, I, s) are stop words. */
export function isEnglishStopWord(folded: string): boolean {
  return folded.length <= 1 || ENGLISH_STOP.has(folded);
}
