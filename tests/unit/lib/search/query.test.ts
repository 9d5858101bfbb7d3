import { describe, expect, it } from 'vitest';
import { keyMatches, maxQueryLength, maxTerms, parseQuery, satisfies } from '../../../../src/lib/search/query';
import { searchKeys } from '../../../../src/lib/search-analysis';

describe('parseQuery', () => {
  it('analyses Arabic the way the index does, so folded spellings give the same keys', () => {
    expect(parseQuery('اكد ').terms).toEqual(searchKeys('وأكد'));
    expect(parseQuery('معاهده ').terms).toEqual(searchKeys('المعاهدة'));
    expect(parseQuery('فيتنام ').terms).toEqual(searchKeys('لفيتنام'));
  });

  it('gives no terms for empty, whitespace-only, punctuation-only and stop-word-only queries', () => {
    for (const raw of ['', '   ', '…،.“”!?', 'في من على', 'the of and']) expect(parseQuery(raw).terms).toEqual([]);
  });

  it('turns quoted words into a phrase, with Latin or typographic quotes', () => {
    expect(parseQuery('"الأمم المتحدة"').phrases).toEqual([searchKeys('الأمم المتحدة')]);
    expect(parseQuery('“United Nations” treaty').phrases).toEqual([searchKeys('United Nations')]);
    expect(parseQuery('“United Nations” treaty').terms).toEqual([...searchKeys('United Nations'), ...searchKeys('treaty')]);
  });

  it('marks the last word as still being typed until a space or closing quote follows it', () => {
    expect(parseQuery('بوتين فيتن').open).toBe(true);
    expect(parseQuery('بوتين فيتنام ').open).toBe(false);
    expect(parseQuery('"بوتين"').open).toBe(false);
  });

  it('cuts a very long query and says so, without throwing', () => {
    const long = 'معاهدة '.repeat(2000);
    const query = parseQuery(long);
    expect(long.length).toBeGreaterThan(10_000);
    expect(query.truncated).toBe(true);
    expect(query.terms.length).toBeLessThanOrEqual(maxTerms);
    const many = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');
    expect(parseQuery(many).terms).toHaveLength(maxTerms);
    expect(maxQueryLength).toBeLessThan(long.length);
  });

  it('treats markup in a query as text to analyse, never as anything else', () => {
    expect(parseQuery('<script>alert(1)</script>').terms).toEqual(searchKeys('script alert 1 script').filter((key, index, all) => all.indexOf(key) === index));
  });
});

describe('keyMatches', () => {
  it('matches the same key, and a longer key that a term of three letters or more begins', () => {
    expect(keyMatches('فيتنام', 'فيتنام')).toBe(true);
    expect(keyMatches('فيتنامي', 'فيتنام')).toBe(true);
    expect(keyMatches('بلدين', 'بلد')).toBe(true);
  });

  it('does not let a one- or two-letter term match longer words, unless it is being typed', () => {
    expect(keyMatches('حقيقي', 'حق')).toBe(false);
    expect(keyMatches('حقيقي', 'حق', true)).toBe(true);
  });

  it('never matches a key shorter than the term (Pagefind falls back to those)', () => {
    expect(keyMatches('be', 'beij')).toBe(false);
  });
});

describe('satisfies', () => {
  const p3 = searchKeys('تنص المعاهدة على ما يلي: “إذا تعرض أحد الأطراف إلى حالة حرب ... وقوانين كوريا الشمالية والاتحاد الروسي.');
  const p3en = searchKeys('The treaty states: “If either party is put in a state of war by an armed invasion');

  it('requires every word of the query (AND), across both sides of a pair', () => {
    expect(satisfies(parseQuery('الاتحاد الروسي '), [p3, p3en])).toBe(true);
    expect(satisfies(parseQuery('الاتحاد السوفييتي '), [p3, p3en])).toBe(false);
    expect(satisfies(parseQuery('الاتحاد invasion '), [p3, p3en])).toBe(true);
  });

  it('requires a phrase to occur whole and in order within one text', () => {
    expect(satisfies(parseQuery('"كوريا الشمالية"'), [p3])).toBe(true);
    expect(satisfies(parseQuery('"الشمالية كوريا"'), [p3])).toBe(false);
    expect(satisfies(parseQuery('"treaty كوريا"'), [p3, p3en])).toBe(false);
  });

  it('finds nothing for a query without searchable words', () => {
    expect(satisfies(parseQuery('...'), [p3])).toBe(false);
  });
});
