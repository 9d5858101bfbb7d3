/**
 * Extra index keys for words whose first letter may or may not be a proclitic. The
 * stemmer keeps ب ل ك before a three-letter stem and never strips ف alone (بتهمة, لحشد,
 * فيجب stay whole), because stripping would merge unrelated words (كمال/مال). At index
 * time both readings are kept, so a reader typing تهمة, حشد or يجب still finds them;
 * the query side uses the stemmer's one reading, so precision is unchanged for it.
 */

import { PROCLITIC_LETTERS } from './arabic-affixes.ts';
import { stemArabic } from './arabic-stem.ts';

const MIN_ROOT = 3;

/** The other key of a normalised word whose stem still begins with a proclitic letter. */
export function arabicAlternates(normalised: string, key: string): string[] {
  const first = key[0] ?? '';
  if (!PROCLITIC_LETTERS.has(first) || key.length <= MIN_ROOT || !normalised.startsWith(first)) return [];
  // Only a three-letter root reached by taking off endings alone is a reading the stemmer
  // refused on purpose; anything else (بوتين → وتين → تين, فيتنام → يتنام) is a word the
  // letter belongs to.
  const rest = normalised.slice(1);
  const alternate = stemArabic(rest);
  return alternate.length === MIN_ROOT && rest.startsWith(alternate) && alternate !== key ? [alternate] : [];
}
