import { describe, expect, it } from 'vitest';
import { indexMark, indexWord, pagefindQuery, sideKeys } from '../../../../src/lib/search/index-words';
import { searchKeys } from '../../../../src/lib/search-analysis';

describe('sideKeys', () => {
  it('gives every key of a side once, in the order first met, whatever how often its words repeat', () => {
    expect(sideKeys(['وأكد الرئيس الروسي', 'وأكد أيضًا الرئيس'])).toEqual(searchKeys('وأكد الرئيس الروسي'));
    expect(sideKeys(['كوريا الشمالية']).slice(0, 2)).toEqual(['كوريا', 'كوري']);
  });

  it('adds the stem of a word with a kept ending, so the plain term meets it exactly', () => {
    expect(searchKeys('كوريا')).toEqual(['كوريا']);
    expect(sideKeys(['كوريا الشمالية'])).toEqual(expect.arrayContaining(['كوريا', 'كوري']));
    expect(searchKeys('بلدين')).toEqual(['بلدين']);
    expect(sideKeys(['البلدين'])).toEqual(expect.arrayContaining(['بلدين', 'بلد']));
    expect(sideKeys(['the Vietnamese government'])).toEqual(expect.arrayContaining(['vietnames', 'vietnam']));
  });

  it('adds the second reading of a word whose first letter may be a preposition', () => {
    expect(sideKeys(['فيتنام لحشد دعم حلفاء بلاده'])).toEqual(expect.arrayContaining(['لحشد', 'حشد']));
  });

  it('leaves out function words and gives nothing for a side without text', () => {
    expect(sideKeys(['في من على'])).toEqual([]);
    expect(sideKeys(['', ''])).toEqual([]);
  });
});

describe('indexWord and pagefindQuery', () => {
  it('ends every indexed word with the mark, and asks for a finished term with it', () => {
    expect(indexWord('فيتنام')).toBe(`فيتنام${indexMark}`);
    expect(pagefindQuery('فيتنام', false)).toBe(indexWord('فيتنام'));
  });

  it('asks for a word still being typed without the mark, so that it meets every key it begins', () => {
    expect(pagefindQuery('فيتن', true)).toBe('فيتن');
  });

  it('keeps the mark out of the key itself, so a text containing it cannot make a false match', () => {
    expect(indexWord(`ab${indexMark}c`)).toBe(`abc${indexMark}`);
    expect(pagefindQuery(`ab${indexMark}`, true)).toBe('ab');
  });
});
