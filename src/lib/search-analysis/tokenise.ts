/**
 * Split text into words with offsets into the ORIGINAL string, so that a
 * match found on analysed keys can be highlighted in the original spelling
 * (harakat, tatweel and all). Offsets are UTF-16 indices: `text.slice(start, end)`.
 */

export type TokenKind = 'arabic' | 'latin' | 'number';

export interface Token {
  /** The original characters, exactly `source.slice(start, end)`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Arabic-script word, word in any other alphabet (Latin in practice), or run of decimal digits. */
  readonly kind: TokenKind;
}

type CharClass = TokenKind | 'mark' | 'tatweel' | 'format' | 'apostrophe' | 'other';

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;
// Zero-width and bidi controls often sit inside words pasted from other
// sources; they must neither split a word nor end up at its edges.
const FORMAT = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD\u061C]/u;
// Straight, typographic and modifier-letter apostrophes, as in Putin's / Putin’s.
const APOSTROPHE = /['\u2019\u02BC]/u;

function classifySlow(char: string): CharClass {
  if (char === '\u0640') return 'tatweel'; // a letter (Lm) of the Common script, not Arabic
  if (MARK.test(char)) return 'mark';
  if (DIGIT.test(char)) return 'number';
  if (LETTER.test(char)) return ARABIC_SCRIPT.test(char) ? 'arabic' : 'latin';
  if (FORMAT.test(char)) return 'format';
  if (APOSTROPHE.test(char)) return 'apostrophe';
  return 'other';
}

/**
 * The class of a character. The search page and the build analyse every text, so the
 * characters that make up nearly all of them (ASCII, the Arabic letters and harakat) are
 * classified from their code; the Unicode properties decide everything else.
 */
function classify(char: string): CharClass {
  const code = char.charCodeAt(0);
  if (char.length === 1) {
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return 'latin';
      if (code >= 0x30 && code <= 0x39) return 'number';
      return code === 0x27 ? 'apostrophe' : 'other';
    }
    if (code >= 0x0621 && code <= 0x063a) return 'arabic';
    if (code >= 0x0641 && code <= 0x064a) return 'arabic';
    if (code >= 0x064b && code <= 0x065f) return 'mark';
  }
  return classifySlow(char);
}

/** Whether a character of class `next` may extend an open token of kind `kind`. */
function continues(kind: TokenKind, next: CharClass): boolean {
  if (next === kind || next === 'mark') return true;
  // Tatweel only stretches Arabic letters: لـ”معاهدة keeps لـ as one token.
  if (next === 'tatweel') return kind === 'arabic';
  // G7, F16, COVID19: digits after Latin letters belong to the word.
  if (next === 'number') return kind === 'latin';
  return false;
}

/**
 * Tokens in order of appearance. Anything that is not a letter, digit or
 * combining mark separates words, so punctuation glued to words (“إذا,
 * الأمر.”, إلى…فيتنام, (2001)) never sticks to them. Scans the string in
 * place (no per-character objects): every text of the site goes through here.
 */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  const width = (at: number) => ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
  const classAt = (at: number): CharClass => classify(width(at) === 2 ? text.slice(at, at + 2) : (text[at] ?? ''));
  /** The first index at or after `from` that is not a format control. */
  const skipFormat = (from: number) => {
    let at = from;
    while (at < length && classAt(at) === 'format') at += width(at);
    return at;
  };
  let i = 0;
  while (i < length) {
    const kind = classAt(i);
    if (kind !== 'arabic' && kind !== 'latin' && kind !== 'number') {
      i += width(i);
      continue;
    }
    const start = i;
    let end = i + width(i); // just after the last character inside the token
    for (;;) {
      const k = skipFormat(end);
      if (k >= length) break;
      const next = classAt(k);
      if (continues(kind, next)) {
        end = k + width(k);
        continue;
      }
      // An apostrophe joins two Latin letters (Putin's, O'Brien) but a
      // closing quote after a word (allies') stays outside it.
      if (kind === 'latin' && next === 'apostrophe') {
        const after = skipFormat(k + width(k));
        if (after < length && classAt(after) === 'latin') {
          end = k + width(k);
          continue;
        }
      }
      break;
    }
    tokens.push({ text: text.slice(start, end), start, end, kind });
    i = end;
  }
  return tokens;
}
