import { codePoints } from './code-points.ts';

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** How much text a quote takes on either side of the phrase to begin with, in code points. */
const contextLength = 32;

/**
 * The W3C TextQuoteSelector of the phrase at code points [start, end) of a paragraph: the
 * phrase and the text either side of it. The context starts at 32 code points and grows
 * until prefix + exact + suffix occurs once in the paragraph, so a reader finds the
 * phrase there and nowhere else (a phrase that occurs twice is told apart by its context).
 */
export function textQuote(text: string, start: number, end: number): TextQuote {
  const chars = codePoints(text);
  if (start < 0 || end > chars.length || start >= end) throw new RangeError(`the phrase [${start}, ${end}) is not inside a text of ${chars.length} code points`);
  const exact = chars.slice(start, end).join('');
  for (let length = contextLength; ; length *= 2) {
    const prefix = chars.slice(Math.max(0, start - length), start).join('');
    const suffix = chars.slice(end, end + length).join('');
    const covers = start - length <= 0 && end + length >= chars.length;
    if (covers || occurrences(text, prefix + exact + suffix) === 1) return { exact, prefix, suffix };
  }
}

/** How many times `needle` occurs in `text`, overlapping occurrences included. */
export function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) count += 1;
  return count;
}
