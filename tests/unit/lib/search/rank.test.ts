import { describe, expect, it } from 'vitest';
import { indexArticle } from '../../../../src/lib/search/index-page';
import { sideKeys } from '../../../../src/lib/search/index-words';
import { parseQuery } from '../../../../src/lib/search/query';
import { articleHits, candidates, type Candidate, type Filters } from '../../../../src/lib/search/rank';
import { sideTexts, type SearchDocument, type SearchEntry, type Side, type UnplacedEntry } from '../../../../src/lib/search/search-document';

const unplaced: UnplacedEntry[] = [
  { kind: 'paragraph', address: 'p1', label: 'paragraph 1', source: 'الذي بدأ زيارة. اليوم إلى…فيتنام لحشد دعم حلفاء بلاده المتبقين.', translation: 'who began a visit to Vietnam today to rally his country’s remaining allies.' },
  { kind: 'note', address: 'note-p1-stray-ellipsis', block: 'p1', noteType: 'error', title: 'Ellipsis between “to” and “Vietnam”', phrase: 'إلى…فيتنام', correction: 'إلى فيتنام', body: 'An ellipsis stands between إلى and فيتنام.' },
  { kind: 'paragraph', address: 'p2', label: 'paragraph 2', source: 'ووقع الزعيمان معاهدة الشراكة الاستراتيجية الشاملة', translation: 'The two leaders signed the Comprehensive Strategic Partnership Treaty' },
  { kind: 'note', address: 'note-to-lam', block: 'p3', noteType: 'name', title: 'To Lam', phrase: 'تو لام', correction: null, body: 'President of فيتنام since 2024.' },
  { kind: 'paragraph', address: 'p3', label: 'paragraph 3', source: 'التقى الرئيس تو لام مع نظيره الروسي', translation: 'President To Lam met his Russian counterpart' },
];
const { entries } = indexArticle(unplaced);
const document: SearchDocument = { slug: 'sample', path: 'articles/sample/', title: { source: 'مقال', translation: 'Article' }, source: { lang: 'ar', dir: 'rtl' }, translation: { lang: 'en', dir: 'ltr' }, entries };

/** Where Pagefind would find each term: the positions of the keys equal to it, as the index holds them. */
function candidateFor(query: string): Candidate {
  const { terms } = parseQuery(query);
  const positions = (term: string) =>
    entries.flatMap((entry: SearchEntry) =>
      (['source', 'translation'] as Side[]).flatMap((side) => {
        const start = side === 'source' ? entry.span[0] : entry.span[1];
        return sideKeys(sideTexts(entry, side)).flatMap((key, offset) => (key === term ? [start + offset] : []));
      }),
    );
  return { id: 'zxx_1', score: 1, words: terms.map(positions) };
}
const none: Filters = { language: '', kind: '' };
const addresses = (query: string, filters = none) => articleHits(document, candidateFor(query), parseQuery(query), filters).map((hit) => hit.entry.address);

describe('candidates', () => {
  it('keeps the articles that have every term, best summed score first', () => {
    const found = candidates([
      [{ id: 'a', score: 1, words: [1] }, { id: 'b', score: 3, words: [2] }, { id: 'c', score: 5, words: [3] }],
      [{ id: 'b', score: 1, words: [9] }, { id: 'a', score: 2, words: [8] }],
    ]);
    expect(found).toEqual([
      { id: 'b', score: 4, words: [[2], [9]] },
      { id: 'a', score: 3, words: [[1], [8]] },
    ]);
    expect(candidates([])).toEqual([]);
  });
});

describe('articleHits', () => {
  it('ranks the article’s text above a note that matches as much, and shows the note under its paragraph', () => {
    const hits = articleHits(document, candidateFor('فيتنام'), parseQuery('فيتنام'), none);
    expect(hits.map((hit) => [hit.entry.address, hit.underBlock])).toEqual([
      ['p1', false],
      ['note-p1-stray-ellipsis', true],
      ['note-to-lam', false],
    ]);
  });

  it('requires every term in one address, in either side of a pair', () => {
    expect(addresses('الزعيمان Treaty')).toEqual(['p2']);
    expect(addresses('الزعيمان فيتنام')).toEqual([]);
  });

  it('says which sides matched', () => {
    const [p3] = articleHits(document, candidateFor('لام Russian'), parseQuery('لام Russian'), none);
    expect(p3?.entry.address).toBe('p3');
    expect(p3?.sides).toEqual(['source', 'translation']);
  });

  it('keeps only the sides in the filtered language, and only text or only notes', () => {
    expect(addresses('لام', { language: 'en', kind: '' })).toEqual([]);
    expect(addresses('لام', { language: 'ar', kind: '' })).toEqual(['p3', 'note-to-lam']);
    expect(addresses('لام', { language: '', kind: 'note' })).toEqual(['note-to-lam']);
    expect(addresses('فيتنام', { language: '', kind: 'text' })).toEqual(['p1']);
  });

  it('checks a quoted phrase on the original text, words together and in order', () => {
    expect(addresses('"تو لام"')).toEqual(['p3', 'note-to-lam']);
    expect(addresses('"لام تو"')).toEqual([]);
  });
});
