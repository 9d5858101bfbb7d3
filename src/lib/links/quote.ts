import { normaliseArabic } from '../search-analysis/normalise.ts';

/**
 * A phrase in a block's text, as the W3C Web Annotation TextQuoteSelector gives it: the
 * exact words and a little of the text before and after, so that the phrase is found
 * again when it occurs more than once and still found when its context changed.
 */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Characters of context kept on each side: enough to tell repeats apart, short enough for a URL. */
const quoteContext = 24;

/** The quote of `text` from `start` to `end` (UTF-16 offsets), its context cut at word boundaries. */
export function buildQuote(text: string, start: number, end: number, context: number = quoteContext): TextQuote {
  const exact = text.slice(start, end);
  let prefix = text.slice(Math.max(0, start - context), start);
  let suffix = text.slice(end, end + context);
  // A context that starts or ends inside a word is cut back to the whole word.
  if (start - context > 0 && /\S/.test(text[start - context - 1] ?? '')) prefix = prefix.replace(/^\S*\s?/, '');
  if (end + context < text.length && /\S/.test(text[end + context] ?? '')) suffix = suffix.replace(/\s?\S*$/, '');
  return { exact, prefix, suffix };
}

/**
 * Text folded for matching (harakat and tatweel dropped, hamza forms and ة/ى folded, as
 * search folds them; whitespace runs to one space), with, for every folded character, the
 * offset in the original text it came from, and one more for the end.
 */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let at = 0;
  for (const char of text) {
    const piece = /\s/.test(char) ? (folded.endsWith(' ') ? '' : ' ') : normaliseArabic(char);
    for (let i = 0; i < piece.length; i++) offsets.push(at);
    folded += piece;
    at += char.length;
  }
  offsets.push(at);
  return { folded, offsets };
}

const fold = (text: string) => foldWithOffsets(text).folded;

/** How many characters two strings share at their ends that touch the phrase. */
function sharedBefore(text: string, prefix: string): number {
  let n = 0;
  while (n < prefix.length && n < text.length && text[text.length - 1 - n] === prefix[prefix.length - 1 - n]) n++;
  return n;
}
function sharedAfter(text: string, suffix: string): number {
  let n = 0;
  while (n < suffix.length && n < text.length && text[n] === suffix[n]) n++;
  return n;
}

/**
 * Finds a quote in a block's text: every place the folded exact words occur, the one whose
 * surroundings agree most with the quote's prefix and suffix. Returns offsets into the
 * original `text`, or null when the words no longer occur (the text changed since).
 */
export function findQuote(text: string, quote: TextQuote): { start: number; end: number } | null {
  const exact = fold(quote.exact).trim();
  if (!exact) return null;
  const { folded, offsets } = foldWithOffsets(text);
  const prefix = fold(quote.prefix);
  const suffix = fold(quote.suffix);
  let best: { at: number; score: number } | undefined;
  for (let at = folded.indexOf(exact); at !== -1; at = folded.indexOf(exact, at + 1)) {
    const score = sharedBefore(folded.slice(0, at), prefix) + sharedAfter(folded.slice(at + exact.length), suffix);
    if (!best || score > best.score) best = { at, score };
  }
  if (!best) return null;
  return { start: offsets[best.at]!, end: offsets[best.at + exact.length]! };
}
