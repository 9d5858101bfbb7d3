import { describe, expect, it } from 'vitest';
import { normaliseArabic, stemArabic } from '../../../src/lib/search-analysis/index';

/** The index key of one Arabic word, as analyse() computes it. */
const key = (word: string): string => stemArabic(normaliseArabic(word));

describe('stemArabic: proclitics', () => {
  it.each([
    ['ال', 'الاتحاد'],
    ['و', 'واتحاد'],
    ['ب', 'باتحاد'],
    ['ل', 'لاتحاد'],
    ['ك', 'كاتحاد'],
    ['وال', 'والاتحاد'],
    ['بال', 'بالاتحاد'],
    ['كال', 'كالاتحاد'],
    ['فال', 'فالاتحاد'],
    ['لل', 'للاتحاد'],
    ['ولل', 'وللاتحاد'],
    ['فلل', 'فللاتحاد'],
    ['وبال', 'وبالاتحاد'],
    ['وكال', 'وكالاتحاد'],
    ['فبال', 'فبالاتحاد'],
    ['فكال', 'فكالاتحاد'],
    ['وب', 'وباتحاد'],
    ['ول', 'ولاتحاد'],
    ['وك', 'وكاتحاد'],
  ])('removes the proclitic %s (%s → اتحاد)', (_prefix, word) => {
    expect(key(word)).toBe('اتحاد');
  });

  it('removes the prepositions ب and ل and the conjunction و in front of a four-letter noun', () => {
    for (const word of ['لهجوم', 'بهجوم', 'وهجوم', 'ولهجوم', 'والهجوم', 'للهجوم', 'بالهجوم', 'فالهجوم']) {
      expect(key(word)).toBe('هجوم');
    }
  });

  it('removes two articles that stand for ل and ال together', () => {
    expect(key('للطرف')).toBe(key('الطرف'));
    expect(key('للحزب')).toBe('حزب');
  });

  it('removes the conjunction و in front of a three-letter word', () => {
    expect(key('وأكد')).toBe('اكد');
    expect(key('وشدد')).toBe('شدد');
  });

  it('does not treat ف on its own as a proclitic, because many words begin with it', () => {
    expect(key('فيتنام')).toBe('فيتنام');
    expect(key('فبراير')).toBe('فبراير');
    expect(key('فلاديمير')).toBe('فلاديمير');
    expect(key('فلسطين')).toBe('فلسطين');
  });

  it('removes ف in front of a protected name, where it cannot be part of the name', () => {
    expect(key('فكوريا')).toBe('كوريا');
  });
});
