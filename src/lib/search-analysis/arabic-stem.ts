/**
 * A light Arabic stemmer in the spirit of Larkey's Light10, tuned so that
 * the forms a news reader meets and types share one key: proclitics
 * (و ب ل ك ال and their combinations) and suffixes (pronouns, plural,
 * dual, feminine, nisba) are removed, never infixes or verb templates.
 * Input must already be normalised (normaliseArabic); the output is the
 * index key. The affix tables and the reasons for each guard are in
 * arabic-affixes.ts, the exceptions in arabic-protected-words.ts.
 */

import {
  FINAL_YEH,
  INFLECTION_SUFFIXES,
  KEEP_YEH_AFTER,
  PREFIX_RULES,
  PROCLITIC_LETTERS,
  PRONOUN_SUFFIXES,
  type AffixRule,
} from './arabic-affixes.ts';
import { PROTECTED_WORDS } from './arabic-protected-words.ts';
import { normaliseArabic } from './normalise.ts';

const PROTECTED: ReadonlySet<string> = new Set(PROTECTED_WORDS.map(normaliseArabic));

/** Pronouns before which a word-final hamza sits on ي or و (حلفائها, حلفاؤهم). */
const HAMZA_SEAT_PRONOUNS: ReadonlySet<string> = new Set(['هما', 'كما', 'هم', 'هن', 'كم', 'نا', 'ها']);

/** Remove the first suffix in `rules` that ends `word` and leaves `minStem` letters; undefined if none does. */
function stripSuffix(word: string, rules: readonly AffixRule[]): { stem: string; affix: string } | undefined {
  for (const { affix, minStem } of rules) {
    if (word.endsWith(affix) && word.length - affix.length >= minStem) {
      return { stem: word.slice(0, -affix.length), affix };
    }
  }
  return undefined;
}

/**
 * حلفاء + ها is written حلفائها, which folds to حلفاي + ها; put the hamza
 * back so it meets حلفاء. Not done after ه, because ه is also the folded ة
 * and ولاية, نهاية, حماية (→ ولاي, نهاي, حماي) would turn into other words.
 */
function restoreHamzaSeat(stem: string): string {
  if (stem.length >= 4 && (stem.endsWith('اي') || stem.endsWith('او'))) {
    return `${stem.slice(0, -1)}ء`;
  }
  return stem;
}

/** Suffix layers in the order Arabic attaches them, outermost first: pronoun, then number/gender, then nisba ي. */
function stripSuffixes(word: string): string {
  let stem = word;
  const pronoun = stripSuffix(stem, PRONOUN_SUFFIXES);
  if (pronoun !== undefined) {
    stem = HAMZA_SEAT_PRONOUNS.has(pronoun.affix) ? restoreHamzaSeat(pronoun.stem) : pronoun.stem;
  }
  const inflection = stripSuffix(stem, INFLECTION_SUFFIXES);
  if (inflection !== undefined) {
    stem = inflection.stem;
  } else if (pronoun !== undefined && stem.endsWith('ت') && stem.length - 1 >= 3) {
    // ة becomes ت before a pronoun: زيارته, معاهدتها, سياستها → زيار, معاهد, سياس.
    stem = stem.slice(0, -1);
  }
  if (!stem.endsWith(`${KEEP_YEH_AFTER}${FINAL_YEH.affix}`)) {
    const nisba = stripSuffix(stem, [FINAL_YEH]);
    if (nisba !== undefined) stem = nisba.stem;
  }
  return stem;
}

const LOOSE_SUFFIXES: readonly AffixRule[] = [...PRONOUN_SUFFIXES, ...INFLECTION_SUFFIXES, FINAL_YEH]
  .map(({ affix }) => ({ affix, minStem: 2 }))
  .sort((a, b) => b.affix.length - a.affix.length);

/** `word` without any one suffix that leaves at least two letters: a deliberate under-estimate of its stem. */
function looseStem(word: string): string {
  return stripSuffix(word, LOOSE_SUFFIXES)?.stem ?? word;
}

/**
 * The protected form `word` reaches, if any: itself or its suffix-stripped
 * stem, with none, one or two proclitic letters in front (ولليبيا is
 * و + ل + ليبيا, which the ولل rule would misread as و + لل + يبيا).
 */
function protectedForm(word: string): string | undefined {
  for (let cut = 0; cut <= 2; cut += 1) {
    const rest = word.slice(cut);
    if (cut > 0 && !PROCLITIC_LETTERS.has(word[cut - 1] ?? '')) return undefined;
    if (PROTECTED.has(rest)) return rest;
    const stem = stripSuffixes(rest);
    if (PROTECTED.has(stem)) return stem;
  }
  return undefined;
}

/** No Arabic stem is shorter than a three-letter root. */
const MIN_ROOT = 3;

/**
 * Remove one proclitic from the front of `word`, if one is there and what
 * is left, once its suffixes are taken off, still has the guard's length.
 * Guards look at that stem, not the raw remainder, so بلاده keeps its ب
 * (its stem بلاد would become لاد) exactly like بلاد does.
 */
function stripPrefix(word: string): string | undefined {
  for (const { affix, minStem, alsoStemInitial = false } of PREFIX_RULES) {
    if (!word.startsWith(affix)) continue;
    const rest = word.slice(affix.length);
    const stem = stripSuffixes(rest);
    if (stem.length < minStem) continue;
    if (alsoStemInitial) {
      // If the rest could be two letters and a suffix, the letter is the
      // first of a three-letter stem: بلدين is بلد+ين, بلدها is بلد+ها.
      if (looseStem(rest).length < MIN_ROOT) continue;
      // If taking the letter off stops a suffix from coming off, the letter
      // belongs to a four-letter stem: بلادهم is بلاد+هم (لادهم keeps هم),
      // اللاجئين is لاجئ+ين, باحثين is باحث+ين.
      if (stem.length >= stripSuffixes(word).length) continue;
    }
    return rest;
  }
  return undefined;
}

/** The stem of a normalised Arabic word. Never empty for a non-empty word. */
export function stemArabic(word: string): string {
  let current = word;
  for (;;) {
    const kept = protectedForm(current);
    if (kept !== undefined) return kept;
    const next = stripPrefix(current);
    if (next === undefined) return stripSuffixes(current);
    current = next;
  }
}
