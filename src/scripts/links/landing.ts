import { changeLogPage, editionId, editionParam, pairClass, pairLinkClass, phraseHighlight, rangeAttribute } from '../../lib/addresses';
import { changedSince, editionNotice, linkedEdition } from '../../lib/links/edition-check';
import { findQuote, type TextQuote } from '../../lib/links/quote';
import { readQuoteParams } from '../../lib/links/quote-url';
import { parseRange, rangeProblem } from '../../lib/links/range';
import { linkData } from './link-data';
import { clearNotices, notice } from './notices';
import { addresses, pairById, pairs, rangeIn, sourceOf, translationOf } from './page-blocks';

/** What a reader calls an address, from its number link ("paragraph 7", heading “…”). */
export function labelOnPage(address: string): string {
  const label = pairById(address)?.querySelector(`.${pairLinkClass}`)?.getAttribute('aria-label') ?? address;
  return label.replace(/^./, (first) => first.toLowerCase());
}

/** Marks addresses as one range (their position in it lets the stylesheet draw one block). */
export function markRange(marked: readonly string[]): void {
  for (const pair of document.querySelectorAll(`[${rangeAttribute}]`)) pair.removeAttribute(rangeAttribute);
  marked.forEach((address, index) => {
    const position = marked.length === 1 ? 'only' : index === 0 ? 'first' : index === marked.length - 1 ? 'last' : 'middle';
    pairById(address)?.setAttribute(rangeAttribute, position);
  });
}

/** Marks a phrase in a block (either of its texts) with a CSS highlight; false when it is not there. */
function markPhrase(pair: HTMLElement, quote: TextQuote): Range | null {
  for (const text of [sourceOf(pair), translationOf(pair)]) {
    const found = text && findQuote(text.textContent ?? '', quote);
    if (text && found) {
      const range = rangeIn(text, found.start, found.end);
      if ('highlights' in CSS) CSS.highlights.set(phraseHighlight, new Highlight(range));
      return range;
    }
  }
  return null;
}

function fragment(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return location.hash.slice(1);
  }
}

/**
 * Lands a link: a range (`#p3-p7`) is marked and scrolled to, a phrase (`?exact=…`) marked
 * in its block, and a link made from an older edition (`?edition=1`) says which of its
 * blocks have changed since, linking to the change log. Whatever the link names that the
 * page does not have is said in a notice; nothing here throws on a bad link.
 */
export async function land(): Promise<void> {
  clearNotices();
  markRange([]);
  if ('highlights' in CSS) CSS.highlights.delete(phraseHighlight);
  const address = fragment();
  const params = new URLSearchParams(location.search);
  let landed: string[] = [];
  const named = address ? document.getElementById(address) : null;
  if (named) {
    const pair = named.closest<HTMLElement>(`.${pairClass}`);
    landed = pair ? [pair.id] : [];
  } else if (address) {
    const range = parseRange(address, addresses());
    if (range) {
      landed = range.addresses;
      markRange(range.addresses);
      const problem = rangeProblem(range, labelOnPage);
      if (problem) notice(problem);
    } else {
      notice(`“${address}” is not an address in this article.`);
    }
    pairById(landed[0] ?? '')?.scrollIntoView({ block: 'start' });
  }

  const quote = readQuoteParams(params);
  if (quote) {
    const searched = landed.length > 0 ? landed.flatMap((id) => pairById(id) ?? []) : pairs();
    const range = searched.reduce<Range | null>((found, pair) => found ?? markPhrase(pair, quote), null);
    if (range) {
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    } else {
      const where = landed.length === 1 ? labelOnPage(landed[0]!) : 'this article';
      notice(`The phrase “${quote.exact}” is no longer in ${where}: the text has changed since the link was made.`);
    }
  }

  const edition = linkedEdition(params.get(editionParam));
  if (edition !== null && landed.length > 0) {
    const data = await linkData().catch(() => null);
    for (const block of data?.blocks.filter((block) => landed.includes(block.address)) ?? []) {
      const changes = changedSince(block.changedIn, edition);
      // The article's URL ends in `/`: the log page is relative to it.
      if (changes.length > 0) notice(editionNotice(block.label, edition, changes), { href: `${changeLogPage}#${editionId(changes[0]!)}`, text: 'See the change log.' });
    }
  }
}
