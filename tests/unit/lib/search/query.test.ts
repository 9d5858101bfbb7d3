import { describe, expect, it } from 'vitest';
import { keyMatches, maxQueryLength, maxTerms, parseQuery, phrasesOccur, stemsOf } from '../../../../src/lib/search/query';
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

  it('marks the last word as still being typed, while typing, until a space or closing quote follows it', () => {
    expect(parseQuery('بوتين فيتن', { typing: true }).open).toBe(true);
    expect(parseQuery('بوتين فيتنام ', { typing: true }).open).toBe(false);
    expect(parseQuery('"بوتين"', { typing: true }).open).toBe(false);
  });

  it('treats a submitted or linked query as complete words', () => {
    expect(parseQuery('بوتين فيتن').open).toBe(false);
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
  it('matches the same key, and the same word with an ending the stemmer keeps', () => {
    expect(keyMatches('فيتنام', 'فيتنام')).toBe(true);
    expect(keyMatches('فيتنامي', 'فيتنام')).toBe(true);
    expect(keyMatches('بلدين', 'بلد')).toBe(true);
    expect(keyMatches('vietnames', 'vietnam')).toBe(true);
  });

  it('does not match another word that merely begins with the term', () => {
    expect(keyMatches('امريك', 'امر')).toBe(false);
    expect(keyMatches('تقييم', 'تقي')).toBe(false);
    expect(keyMatches('allianc', 'alli')).toBe(false);
    expect(keyMatches('حقيقي', 'حق')).toBe(false);
  });

  it('lets the word being typed match any longer word it begins', () => {
    expect(keyMatches('حقيقي', 'حق', true)).toBe(true);
    expect(keyMatches('امريك', 'امر', true)).toBe(true);
  });

  it('never matches a key shorter than the term (Pagefind falls back to those)', () => {
    expect(keyMatches('be', 'beij')).toBe(false);
  });
});

describe('stemsOf', () => {
  it('gives the shorter keys a key stands for through an ending the stemmer keeps', () => {
    expect(stemsOf('فيتنامي')).toEqual(['فيتنام']);
    expect(stemsOf('بلدين')).toEqual(expect.arrayContaining(['بلد']));
    expect(stemsOf('vietnames')).toEqual(expect.arrayContaining(['vietnam']));
  });

  it('never leaves a one-letter key, and gives nothing for a key without such an ending', () => {
    expect(stemsOf('بان')).toEqual([]);
    expect(stemsOf('امريك')).toEqual([]);
  });

  it('agrees with keyMatches: a finished term meets a key exactly when it is the key or one of its stems', () => {
    const keys = ['فيتنامي', 'فيتنام', 'بلدين', 'امريك', 'حقيقي', 'vietnames', 'allianc', 'treati', 'كوري', 'كوريه'];
    const terms = ['فيتنام', 'بلد', 'امر', 'حق', 'حقيق', 'vietnam', 'vietname', 'alli', 'treat', 'كور', 'كوري'];
    for (const key of keys) for (const term of terms) expect(keyMatches(key, term), `${key} / ${term}`).toBe(key === term || stemsOf(key).includes(term));
  });
});

describe('phrasesOccur', () => {
  const text = 'وقوانين كوريا الشمالية والاتحاد الروسي.';
  const english = 'the laws of North Korea and the Russian Federation';

  it('requires a phrase to occur whole and in order within one text', () => {
    expect(phrasesOccur(parseQuery('"كوريا الشمالية"'), [text])).toBe(true);
    expect(phrasesOccur(parseQuery('"الشمالية كوريا"'), [text])).toBe(false);
    expect(phrasesOccur(parseQuery('"Russian Federation"'), [text, english])).toBe(true);
    expect(phrasesOccur(parseQuery('"Korea الروسي"'), [text, english])).toBe(false);
  });

  it('lets a phrase word meet a word written with an attached preposition', () => {
    expect(phrasesOccur(parseQuery('"حشد دعم"'), ['فيتنام لحشد دعم حلفاء بلاده'])).toBe(true);
  });
});
