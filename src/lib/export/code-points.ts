// The site counts positions in UTF-16 code units (what JavaScript's string indices are);
// the W3C Web Annotation model, and every language that is not JavaScript, count Unicode
// code points. The exports count code points, so that a Python reader's `text[start:end]`
// and a TextPositionSelector mean the same characters. Arabic is all in the Basic
// Multilingual Plane, where both counts agree; an emoji or a rare CJK character does not.

/** How many code points precede the UTF-16 offset `index` of `text`. */
export function codePointOffset(text: string, index: number): number {
  if (index < 0 || index > text.length) throw new RangeError(`offset ${index} is outside a text of ${text.length} UTF-16 code units`);
  let count = 0;
  for (let at = 0; at < index; at += 1) {
    const code = text.charCodeAt(at);
    // The second half of a surrogate pair belongs to the code point counted at the first half.
    if (code >= 0xdc00 && code <= 0xdfff && at > 0 && isHighSurrogate(text.charCodeAt(at - 1))) continue;
    count += 1;
  }
  return count;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The code points of a text, each a string, so that slicing never splits a character. */
export const codePoints = (text: string): string[] => Array.from(text);
