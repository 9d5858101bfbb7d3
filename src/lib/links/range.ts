import { rangeJoiner } from '../addresses.ts';
import { capitalised } from '../capitalised.ts';

/** Where a fragment like `p3-p7` lands: the addresses it marks, in reading order, and what it could not find. */
export interface RangeLanding {
  /** The address to scroll to: the first of the range that exists. */
  target: string;
  /** Every address marked, first to last in reading order (one address when only one end exists). */
  addresses: string[];
  /** Ends the page does not have. */
  missing: string[];
  /** True when the link named the later address first (`p7-p3`). */
  reversed: boolean;
}

/** The fragment of a range: `p3-p7`; one address when first and last are the same. */
export const rangeFragment = (first: string, last: string) => (first === last ? first : `${first}${rangeJoiner}${last}`);

/**
 * Reads a fragment that names no single address as a range of two, against the page's
 * addresses in reading order. Headings' addresses contain hyphens themselves, so every
 * hyphen is tried as the joiner, preferring a split whose both ends exist. Returns null
 * when the fragment has no joiner; never throws.
 */
export function parseRange(fragment: string, addresses: readonly string[]): RangeLanding | null {
  const order = new Map(addresses.map((address, index) => [address, index]));
  const splits: [string, string][] = [];
  for (let at = fragment.indexOf(rangeJoiner); at > 0 && at < fragment.length - 1; at = fragment.indexOf(rangeJoiner, at + 1)) {
    splits.push([fragment.slice(0, at), fragment.slice(at + rangeJoiner.length)]);
  }
  if (splits.length === 0) return null;
  const known = (address: string) => order.has(address);
  const [first, last] = splits.find(([a, b]) => known(a) && known(b)) ?? splits.find(([a, b]) => known(a) || known(b)) ?? splits[0]!;
  const missing = [first, last].filter((address) => !known(address));
  const ends = [first, last].filter(known);
  if (ends.length === 0) return { target: '', addresses: [], missing, reversed: false };
  const [from, to] = [order.get(ends[0]!)!, order.get(ends.at(-1)!)!];
  const reversed = from > to;
  const slice = addresses.slice(Math.min(from, to), Math.max(from, to) + 1);
  return { target: slice[0]!, addresses: slice, missing, reversed };
}

/** What a reader is told about a range that did not land as written; empty when it did. */
export function rangeProblem(landing: RangeLanding, label: (address: string) => string): string {
  const parts: string[] = [];
  if (landing.missing.length > 0) parts.push(`${landing.missing.map((address) => `“${address}”`).join(' and ')} ${landing.missing.length > 1 ? 'are' : 'is'} not in this article`);
  if (landing.reversed) parts.push('the link names the later address first');
  if (parts.length === 0) return '';
  const shown = landing.addresses.length === 0 ? 'nothing is marked' : landing.addresses.length === 1 ? `showing ${label(landing.target)}` : `showing ${label(landing.addresses[0]!)} to ${label(landing.addresses.at(-1)!)}`;
  return capitalised(`${parts.join('; ')}: ${shown}.`);
}
