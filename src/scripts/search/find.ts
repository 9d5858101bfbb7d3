import { parseRecordUrl, sideTexts, type SearchDocument, type SearchEntry, type Side } from '../../lib/search/records';
import { matchesAnyTerm, phrasesOccur, satisfies, type ParsedQuery } from '../../lib/search/query';
import { loadPagefind, type PagefindResult } from './pagefind-client';

export interface Filters {
  language: string;
  kind: string;
}

export interface Hit {
  document: SearchDocument;
  entry: SearchEntry;
  /** Which sides matched the query. */
  sides: Side[];
}

/** How many Pagefind candidates are checked at most: enough for a page of results. */
const candidateLimit = 80;
const documents = new Map<string, Promise<SearchDocument>>();

function loadDocument(base: string, path: string): Promise<SearchDocument> {
  const slug = path.replace(/^articles\//, '').replace(/\/$/, '');
  let document = documents.get(slug);
  if (!document) {
    document = fetch(`${base}search-data/${encodeURIComponent(slug)}.json`).then((response) => {
      if (!response.ok) throw new Error(`search data for ${slug}: HTTP ${response.status}`);
      return response.json() as Promise<SearchDocument>;
    });
    documents.set(slug, document);
    document.catch(() => documents.delete(slug));
  }
  return document;
}

/**
 * Runs a parsed query: Pagefind finds candidates by their analysed keys, then every
 * candidate address is checked for all terms (Pagefind falls back to near words) and its
 * original text for the quoted phrases, and the two sides of a pair become one hit.
 */
export interface Found {
  hits: Hit[];
  /** Whether more addresses may match than were returned (`limit` reached). */
  more: boolean;
}

export async function find(base: string, query: ParsedQuery, filters: Filters, limit: number): Promise<Found> {
  const pagefind = await loadPagefind(base);
  const pagefindFilters: Record<string, string> = {};
  if (filters.language) pagefindFilters['language'] = filters.language;
  if (filters.kind) pagefindFilters['kind'] = filters.kind;
  // One Pagefind search per term: Pagefind requires every word in one record, but a term
  // may be in the Arabic side of a pair and another in its English side. Candidates are
  // ranked by their summed scores; the AND is checked below, per address.
  const responses = await Promise.all(query.terms.map((term) => pagefind.search(term, { filters: pagefindFilters })));
  const candidates = new Map<string, PagefindResult & { total: number }>();
  for (const result of responses.flatMap((response) => response?.results ?? [])) {
    const seen = candidates.get(result.id);
    candidates.set(result.id, { ...result, total: (seen?.total ?? 0) + result.score });
  }
  const ranked = [...candidates.values()].sort((a, b) => b.total - a.total).slice(0, candidateLimit);
  const fragments = await Promise.all(ranked.map((result) => result.data()));

  const groups = new Map<string, { path: string; address: string; sides: Map<Side, string[]> }>();
  for (const fragment of fragments) {
    const parsed = parseRecordUrl(fragment.url);
    if (!parsed) continue;
    const key = `${parsed.path}#${parsed.address}`;
    const group = groups.get(key) ?? { path: parsed.path, address: parsed.address, sides: new Map() };
    group.sides.set(parsed.side, fragment.content.split(/\s+/).filter(Boolean));
    groups.set(key, group);
  }
  const matching = [...groups.values()].filter((group) => satisfies(query, [...group.sides.values()]));

  // Texts are fetched per article and only for the results shown, a page at a time.
  const hits: Hit[] = [];
  for (let start = 0; start < matching.length && hits.length < limit; start += limit) {
    const batch = matching.slice(start, start + limit);
    const documents = await Promise.all(batch.map((group) => loadDocument(base, group.path)));
    batch.forEach((group, index) => {
      const document = documents[index];
      const entry = document?.entries.find((candidate) => candidate.address === group.address);
      if (!document || !entry || hits.length >= limit) return;
      if (!phrasesOccur(query, [...sideTexts(entry, 'source'), ...sideTexts(entry, 'translation')])) return;
      const sides = [...group.sides.entries()].filter(([, keys]) => matchesAnyTerm(query, keys)).map(([side]) => side);
      hits.push({ document, entry, sides });
    });
  }
  return { hits, more: hits.length >= limit && matching.length > limit };
}
