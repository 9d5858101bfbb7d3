import { pagefindQuery } from '../../lib/search/index-words';
import { isOpenTerm, type ParsedQuery } from '../../lib/search/query';
import { collectHits, type Found } from '../../lib/search/collect-hits';
import { articleHits, candidates, type Candidate, type Filters } from '../../lib/search/rank';
import { loadDocument } from './documents';
import { loadPagefind } from './pagefind-client';

/**
 * At most how many results a candidate article gives: each needs a position of every term
 * of its own. Documents are fetched a batch at a time until these add up to the results
 * still wanted, so no more are fetched than the page can need.
 */
const estimate = (candidate: Candidate) => Math.max(1, Math.min(...candidate.words.map((words) => words.length)));

/**
 * Documents fetched per result wanted, at most, once something has been found. An article
 * can hold every word of a query without one paragraph holding them all, so a query whose
 * words are common but seldom together would fetch article after article: past this many
 * (20 for a page of 20), the results found so far are shown and "Show more results" goes on
 * through the rest. A query that needs no such checks fills a page from a few documents.
 */
const documentsPerResult = 1;

/**
 * Runs a parsed query: Pagefind finds, per term, the articles holding it and where; the
 * articles holding every term are taken best first, and their documents fetched only as far as the results shown need, to find
 * the addresses that have every term and phrase (checked on the original text). `current`
 * says whether the caller still wants the answer.
 */
export async function find(base: string, query: ParsedQuery, filters: Filters, limit: number, current: () => boolean): Promise<Found> {
  const pagefind = await loadPagefind(base);
  const responses = await Promise.all(query.terms.map((term) => pagefind.search(pagefindQuery(term, isOpenTerm(query, term)))));
  // A newer query replaced this one while Pagefind worked: its documents are not needed.
  if (!current()) return { hits: [], more: false };
  const ranked = candidates(responses.map((response) => response?.results ?? []));
  // With one word and nothing else to check, every article Pagefind returns has a result.
  const eachHasOne = query.terms.length === 1 && query.phrases.length === 0 && !filters.language && !filters.kind;
  return collectHits(
    ranked,
    { limit, eachHasOne, fetchAtMost: Math.ceil(documentsPerResult * limit), estimate },
    (candidate) => loadDocument(base, candidate.id),
    (document, candidate) => articleHits(document, candidate, query, filters),
  );
}
