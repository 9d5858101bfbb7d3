import { describe, expect, it } from 'vitest';
import { occurrences, textQuote } from '../../../../src/lib/export/text-quote.ts';

const paragraph = 'وقعت كوريا الشمالية والاتحاد السوفييتي السابق على معاهدة الصداقة والمساعدة المتبادلة في عام 1961.';

describe('textQuote', () => {
  it('gives the phrase with up to 32 code points of context on either side', () => {
    const start = paragraph.indexOf('معاهدة');
    const quote = textQuote(paragraph, start, start + 'معاهدة'.length);
    expect(quote.exact).toBe('معاهدة');
    expect(quote.prefix).toBe(paragraph.slice(start - 32, start));
    expect(quote.suffix).toBe(paragraph.slice(start + 6, start + 6 + 32));
  });

  it('stops the context at the ends of the paragraph', () => {
    const quote = textQuote(paragraph, 0, 4);
    expect(quote).toEqual({ exact: 'وقعت', prefix: '', suffix: paragraph.slice(4, 36) });
  });

  it('widens the context until the quote occurs once, when the phrase and its near context repeat', () => {
    const repeated = `${'ا'.repeat(40)}بوتين${'ا'.repeat(40)}بوتين${'ا'.repeat(40)}`;
    const second = repeated.lastIndexOf('بوتين');
    const quote = textQuote(repeated, second, second + 5);
    expect(occurrences(repeated, quote.prefix + quote.exact + quote.suffix)).toBe(1);
    expect(repeated.indexOf(quote.prefix + quote.exact + quote.suffix) + quote.prefix.length).toBe(second);
  });

  it('never splits a character outside the Basic Multilingual Plane', () => {
    const text = `${'🇰🇵'.repeat(20)}بوتين`;
    const quote = textQuote(text, 40, 45);
    expect(quote.exact).toBe('بوتين');
    expect(quote.prefix).toBe('🇰🇵'.repeat(16));
  });

  it('refuses a range outside the paragraph', () => {
    expect(() => textQuote('بوتين', 3, 9)).toThrow(RangeError);
  });
});
