import type { Candidate, Hit } from './rank.ts';
import type { SearchDocument } from './search-document.ts';

export interface Found {
  hits: Hit[];
  /** Whether there are results beyond the ones returned: "Show more results" will show some. */
  more: boolean;
}

export interface Collecting {
  /** Results wanted. */
  limit: number;
  /** Every candidate surely gives a result (one word, no phrase, no filter): an unread one means more. */
  eachHasOne: boolean;
  /** Documents fetched at most, once a result is in hand (see find.ts). */
  fetchAtMost: number;
  /** About how many results a candidate gives, to fetch several documents at once. */
  estimate: (candidate: Candidate) => number;
}

/**
 * Reads the candidate articles' documents, best first and a few at a time, until `limit`
 * results are found, the candidates run out, or `fetchAtMost` documents have been read.
 * "More" is only said when it is true: when there is a result beyond those returned, or an
 * unread candidate that surely has one. So a scan cut short returns all but one of what it
 * found, keeping that one as the proof, and goes on until it has two.
 */
export async function collectHits(
  ranked: readonly Candidate[],
  { limit, eachHasOne, fetchAtMost, estimate }: Collecting,
  load: (candidate: Candidate) => Promise<SearchDocument>,
  hitsOf: (document: SearchDocument, candidate: Candidate) => Hit[],
): Promise<Found> {
  const hits: Hit[] = [];
  let next = 0;
  const enough = () => hits.length > limit || (eachHasOne && hits.length === limit) || (next >= fetchAtMost && hits.length >= (eachHasOne ? 1 : 2));
  while (next < ranked.length && !enough()) {
    const batch: Candidate[] = [];
    for (let wanted = limit + 1 - hits.length; next < ranked.length && wanted > 0 && (batch.length === 0 || next < fetchAtMost); ) {
      const candidate = ranked[next++];
      if (!candidate) break;
      batch.push(candidate);
      wanted -= estimate(candidate);
    }
    const documents = await Promise.all(batch.map(load));
    batch.forEach((candidate, index) => {
      const document = documents[index];
      if (document) hits.push(...hitsOf(document, candidate));
    });
  }
  if (hits.length > limit) return { hits: hits.slice(0, limit), more: true };
  if (next >= ranked.length) return { hits, more: false };
  if (eachHasOne) return { hits, more: true };
  return { hits: hits.slice(0, -1), more: true };
}
