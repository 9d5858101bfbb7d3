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

function classify(char: string): CharClass {
  if (char === '\u0640') return 'tatweel'; // a letter (Lm) of the Common script, not Arabic
  if (MARK.test(char)) return 'mark';
  if (DIGIT.test(char)) return 'number';
  if (LETTER.test(char)) return ARABIC_SCRIPT.test(char) ? 'arabic' : 'latin';
  if (FORMAT.test(char)) return 'format';
  if (APOSTROPHE.test(char)) return 'apostrophe';
  return 'other';
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

interface Char {
  readonly char: string;
  readonly start: number;
  readonly cls: CharClass;
}

function characters(text: string): Char[] {
  const chars: Char[] = [];
  let offset = 0;
  for (const char of text) {
    chars.push({ char, start: offset, cls: classify(char) });
    offset += char.length;
  }
  return chars;
}

/** Index of the first character at or after `from` that is not a format control. */
function skipFormat(chars: readonly Char[], from: number): number {
  let i = from;
  while (chars[i]?.cls === 'format') i += 1;
  return i;
}

/**
 * Tokens in order of appearance. Anything that is not a letter, digit or
 * combining mark separates words, so punctuation glued to words (“إذا,
 * الأمر.”, إلى…فيتنام, (2001)) never sticks to them.
 */
export function tokenise(text: string): Token[] {
  const chars = characters(text);
  const tokens: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const first = chars[i];
    if (first === undefined) break;
    if (first.cls !== 'arabic' && first.cls !== 'latin' && first.cls !== 'number') {
      i += 1;
      continue;
    }
    const kind: TokenKind = first.cls;
    let last = i; // index of the last character inside the token
    let j = i + 1;
    for (;;) {
      const k = skipFormat(chars, j);
      const next = chars[k];
      if (next === undefined) break;
      if (continues(kind, next.cls)) {
        last = k;
        j = k + 1;
        continue;
      }
      // An apostrophe joins two Latin letters (Putin's, O'Brien) but a
      // closing quote after a word (allies') stays outside it.
      const after = chars[skipFormat(chars, k + 1)];
      if (kind === 'latin' && next.cls === 'apostrophe' && after?.cls === 'latin') {
        last = k;
        j = k + 1;
        continue;
      }
      break;
    }
    const end = chars[last + 1]?.start ?? text.length;
    tokens.push({ text: text.slice(first.start, end), start: first.start, end, kind });
    i = last + 1;
  }
  return tokens;
}
