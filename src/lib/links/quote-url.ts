import { quoteExactParam, quotePrefixParam, quoteSuffixParam } from '../addresses.ts';
import type { TextQuote } from './quote.ts';

/** The quote as URL parameters (the page's own handling reads these: Chromium hides `:~:` from scripts). */
export function quoteParams(quote: TextQuote): URLSearchParams {
  const params = new URLSearchParams({ [quoteExactParam]: quote.exact });
  if (quote.prefix) params.set(quotePrefixParam, quote.prefix);
  if (quote.suffix) params.set(quoteSuffixParam, quote.suffix);
  return params;
}

/** The quote a URL's parameters carry, or null when they carry none. */
export function readQuoteParams(params: URLSearchParams): TextQuote | null {
  const exact = params.get(quoteExactParam);
  if (!exact) return null;
  return { exact, prefix: params.get(quotePrefixParam) ?? '', suffix: params.get(quoteSuffixParam) ?? '' };
}

/** Percent-encodes a text directive term: its own syntax characters (`-`, `,`, `&`) included. */
const term = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');

/**
 * A standard text fragment directive (`:~:text=prefix-,exact,-suffix`), so that browsers
 * without JavaScript still scroll to and mark the words. Context is trimmed to whole words,
 * as the directive matches on word boundaries.
 */
export function textDirective(quote: TextQuote): string {
  const exact = quote.exact.trim();
  const prefix = quote.prefix.trim();
  const suffix = quote.suffix.trim();
  return `:~:text=${prefix ? `${term(prefix)}-,` : ''}${term(exact)}${suffix ? `,-${term(suffix)}` : ''}`;
}

/** A text directive for a range of text: from its first words to its last (`text=start,end`). */
export function textRangeDirective(start: string, end: string): string {
  return `:~:text=${term(start.trim())}${end.trim() ? `,${term(end.trim())}` : ''}`;
}
