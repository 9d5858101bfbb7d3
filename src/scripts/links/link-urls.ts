import { rangeFragment } from '../../lib/links/range';
import { quoteParams, textDirective, textRangeDirective } from '../../lib/links/quote-url';
import type { TextQuote } from '../../lib/links/quote';
import { uniqueWords } from '../../lib/links/unique-words';
import { pairById, sourceOf, translationOf } from './page-blocks';

/** The page's own URL without parameters or fragment: links are made from where the reader is. */
const pageUrl = () => `${location.origin}${location.pathname}`;

const words = (element: HTMLElement | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * A range's link: `#p3-p7`, followed by a text directive from the first words of the first
 * block to the last words of the last, so that a browser without JavaScript still lands on
 * the first block (no element has the range's id) and marks the text of the whole range.
 * The words are chosen from the layout every reader starts in (both languages).
 */
export function rangeUrl(first: string, last: string): string {
  const start = pairById(first);
  const end = pairById(last);
  const fragment = encodeURIComponent(rangeFragment(first, last));
  if (!start || !end || first === last) return `${pageUrl()}#${fragment}`;
  const page = (document.body.textContent ?? '').replace(/\s+/g, ' ');
  const from = uniqueWords(words(sourceOf(start)), page, 'start');
  const to = uniqueWords(words(translationOf(end) ?? sourceOf(end)), page, 'end');
  return `${pageUrl()}#${fragment}${textRangeDirective(from, to)}`;
}

/** A phrase's link: the quote in the URL's parameters, for this page's own handling, and as a text directive. */
export const phraseUrl = (address: string, quote: TextQuote) => `${pageUrl()}?${quoteParams(quote)}#${encodeURIComponent(address)}${textDirective(quote)}`;

/** A paragraph's share page, next to the article's page. */
export const sharePageUrl = (address: string) => new URL(`${encodeURIComponent(address)}/`, new URL('./', location.href)).href;
