/**
 * Orthographic folding for Arabic search: map every spelling a reader might
 * type for the same word onto one form. Used on whole strings or single
 * tokens; it changes string length, so callers that need offsets tokenise
 * first (see tokenise.ts) and normalise each token.
 */

/**
 * Letters folded one-to-one after decomposition. NFKD already turns
 * أ إ آ ؤ ئ into a base letter plus a hamza/madda mark, which the mark
 * removal drops; this table covers the forms Unicode does not decompose.
 */
const LETTER_FOLDS: ReadonlyMap<string, string> = new Map([
  // Alef wasla and the wavy-hamza alefs carry no decomposition.
  ['\u0671', '\u0627'], // ٱ
  ['\u0672', '\u0627'], // ٲ
  ['\u0673', '\u0627'], // ٳ
  ['\u0675', '\u0627'], // ٵ
  ['\u0676', '\u0648'], // ٶ
  ['\u0678', '\u064A'], // ٸ
  // Readers type ه for ة far more often than the reverse, and ه is a real
  // letter while ة is only ever word-final, so ه is the common ground.
  ['\u0629', '\u0647'], // ة
  ['\u06C3', '\u0647'], // ۃ teh marbuta goal
  ['\u06C1', '\u0647'], // ہ heh goal (Urdu keyboards)
  ['\u06BE', '\u0647'], // ھ heh doachashmee (Urdu keyboards)
  ['\u06D5', '\u0647'], // ە ae
  // Alef maqsura and yeh are confused constantly (Egyptian print drops
  // the dots of final ي); ي is the only choice that also covers mid-word.
  ['\u0649', '\u064A'], // ى
  ['\u06CC', '\u064A'], // ی Persian yeh
  ['\u06D2', '\u064A'], // ے yeh barree
  ['\u06A9', '\u0643'], // ک Persian keheh
  ['\u06AA', '\u0643'], // ڪ swash kaf
  // High hamza is a spacing variant of the hamza letter, which we keep.
  ['\u0674', '\u0621'], // ٴ
]);

/**
 * Hamza on its own (ء) is kept. Dropping it would expose false suffixes:
 * انتهاء would become انتها and lose ها as if it were a pronoun. The seat
 * variation before a suffix (حلفاء / حلفائها / حلفاؤهم) is handled in the
 * stemmer instead, where the grammatical context is known.
 */

/** Bidi embeddings, isolates, marks, zero-width characters and BOM. */
const FORMAT_CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD\u061C]/g;

/** Combining marks of every script: harakat, tanween, shadda, sukun, dagger alef, Latin accents. */
const COMBINING_MARKS = /\p{M}/gu;

const TATWEEL = /\u0640/g;

/** Zero of each decimal digit block we fold to ASCII; NFKD already folds fullwidth and styled digits. */
const DIGIT_ZEROS = [0x0660, 0x06f0] as const;

function foldDigit(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  for (const zero of DIGIT_ZEROS) {
    if (code >= zero && code <= zero + 9) return String(code - zero);
  }
  return char;
}

/**
 * Fold `text` for matching: hamza/madda forms on alef → ا, ؤ → و, ئ → ي,
 * ة → ه, ى → ي, Persian/Urdu letter forms → Arabic, harakat/tanween/shadda/
 * sukun/dagger alef and tatweel removed, Arabic-Indic and Eastern
 * Arabic-Indic digits → ASCII, Latin lower-cased, presentation forms and
 * ligatures expanded (NFKD), bidi and zero-width controls removed.
 * Idempotent: normaliseArabic(normaliseArabic(x)) === normaliseArabic(x).
 */
export function normaliseArabic(text: string): string {
  // Compatibility decomposition expands presentation forms (ﻻ → لا) and
  // splits hamza/madda off their seats so that mark removal folds them.
  const decomposed = text.normalize('NFKD').toLowerCase();
  const withoutMarks = decomposed
    .replace(COMBINING_MARKS, '')
    .replace(TATWEEL, '')
    .replace(FORMAT_CONTROLS, '');
  let folded = '';
  for (const char of withoutMarks) {
    folded += LETTER_FOLDS.get(char) ?? foldDigit(char);
  }
  // Recompose whatever other scripts (Hangul, for one) NFKD took apart.
  return folded.normalize('NFC');
}
