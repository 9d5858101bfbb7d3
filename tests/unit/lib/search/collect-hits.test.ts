import { describe, expect, it } from 'vitest';
import { collectHits, type Collecting } from '../../../../src/lib/search/collect-hits';
import type { Candidate, Hit } from '../../../../src/lib/search/rank';
import type { SearchDocument } from '../../../../src/lib/search/search-document';

/** Candidate `a3` is an article whose document gives 3 results. */
const ranked = (...counts: number[]): Candidate[] => counts.map((count, index) => ({ id: `a${index}-${count}`, score: counts.length - index, words: [[1]] }));
const countOf = (candidate: Candidate) => Number(candidate.id.split('-')[1]);

async function run(candidates: Candidate[], settings: Partial<Collecting> & { limit: number }) {
  const loaded: string[] = [];
  const document = (id: string): SearchDocument => ({ slug: id, path: `articles/${id}/`, title: { source: 'مقال', translation: id }, source: { lang: 'ar', dir: 'rtl' }, translation: null, entries: [] });
  const hitsOf = (doc: SearchDocument, candidate: Candidate): Hit[] =>
    Array.from({ length: countOf(candidate) }, (_, index) => ({ document: doc, entry: { kind: 'paragraph', address: `p${index + 1}`, label: 'paragraph', source: 'نص', translation: null, span: [0, 0, 0] }, sides: ['source'], underBlock: false }));
  const found = await collectHits(candidates, { eachHasOne: false, fetchAtMost: 100, estimate: () => 1, ...settings }, async (candidate) => {
    loaded.push(candidate.id);
    return document(candidate.id);
  }, hitsOf);
  return { ...found, loaded, results: found.hits.map((hit) => `${hit.document.slug}#${hit.entry.address}`) };
}

describe('collectHits', () => {
  it('reads documents best first until the page is full, and says there is more only when it has found more', async () => {
    const found = await run(ranked(3, 3, 3), { limit: 4, estimate: countOf });
    expect(found.results).toEqual(['a0-3#p1', 'a0-3#p2', 'a0-3#p3', 'a1-3#p1']);
    expect(found.more).toBe(true);
    expect(found.loaded).toEqual(['a0-3', 'a1-3']);
  });

  it('says there is no more once every candidate is read', async () => {
    const found = await run(ranked(2, 0, 1), { limit: 20 });
    expect(found.results).toHaveLength(3);
    expect(found.more).toBe(false);
  });

  it('stops reading after the documents allowed per page, keeping one result back as proof that more will come', async () => {
    const found = await run(ranked(0, 1, 0, 1, 0, 1, 1), { limit: 20, fetchAtMost: 3 });
    // Three read and one result: not yet two, so it goes on until it has two.
    expect(found.loaded).toEqual(['a0-0', 'a1-1', 'a2-0', 'a3-1']);
    expect(found.results).toEqual(['a1-1#p1']);
    expect(found.more).toBe(true);
  });

  it('with one word, trusts every unread article to hold a result', async () => {
    const found = await run(ranked(1, 1, 1, 1), { limit: 20, fetchAtMost: 2, eachHasOne: true });
    expect(found.loaded).toEqual(['a0-1', 'a1-1']);
    expect(found.results).toHaveLength(2);
    expect(found.more).toBe(true);
    const full = await run(ranked(1, 1), { limit: 2, eachHasOne: true });
    expect(full.more).toBe(false);
  });
});
