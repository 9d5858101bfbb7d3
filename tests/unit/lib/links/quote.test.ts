import { describe, expect, it } from 'vitest';
import { buildQuote, findQuote, foldWithOffsets } from '../../../../src/lib/links/quote.ts';
import { quoteParams, readQuoteParams, textDirective, textRangeDirective } from '../../../../src/lib/links/quote-url.ts';

const paragraph = 'وقال بوتين إن روسيا لا تستبعد التعاون العسكري التقني مع كوريا الشمالية، وإن بوتين سيزور فيتنام.';

describe('buildQuote', () => {
  it('keeps the exact words and whole words of context on each side', () => {
    const start = paragraph.indexOf('التعاون العسكري');
    const quote = buildQuote(paragraph, start, start + 'التعاون العسكري'.length, 12);
    expect(quote.exact).toBe('التعاون العسكري');
    expect(quote.prefix).toBe('لا تستبعد ');
    expect(quote.suffix).toBe(' التقني مع');
  });

  it('takes the text up to its start or end as context near the edges', () => {
    expect(buildQuote(paragraph, 0, 4)).toMatchObject({ exact: 'وقال', prefix: '' });
  });
});

describe('findQuote', () => {
  it('finds the phrase again where it was selected', () => {
    const start = paragraph.indexOf('التعاون');
    const quote = buildQuote(paragraph, start, start + 'التعاون العسكري'.length);
    expect(findQuote(paragraph, quote)).toEqual({ start, end: start + 'التعاون العسكري'.length });
  });

  it('tells repeated words apart by their context', () => {
    const second = paragraph.lastIndexOf('بوتين');
    const quote = buildQuote(paragraph, second, second + 'بوتين'.length);
    expect(findQuote(paragraph, quote)?.start).toBe(second);
    const first = paragraph.indexOf('بوتين');
    expect(findQuote(paragraph, buildQuote(paragraph, first, first + 5))?.start).toBe(first);
  });

  it('matches a quote without harakat in a text that has them, and the reverse, marking the whole voweled word', () => {
    const voweled = 'وَقَالَ بُوتِينُ إِنَّ رُوسْيَا';
    const found = findQuote(voweled, { exact: 'بوتين', prefix: 'وقال ', suffix: ' ان' });
    expect(found && voweled.slice(found.start, found.end)).toBe('بُوتِينُ');
    const plain = 'وقال بوتين إن روسيا';
    const back = findQuote(plain, { exact: 'بُوتِينُ', prefix: '', suffix: '' });
    expect(back && plain.slice(back.start, back.end)).toBe('بوتين');
  });

  it('matches across hamza spellings: إن and ان, أكد and اكد', () => {
    const found = findQuote('وأكد الرئيس إن روسيا', { exact: 'اكد الرئيس ان', prefix: '', suffix: '' });
    expect(found).toEqual({ start: 1, end: 'وأكد الرئيس إن'.length });
  });

  it('matches English whatever the case and spacing of the selection', () => {
    const text = 'Putin  began a visit to Vietnam the same day.';
    const found = findQuote(text, { exact: 'began a visit', prefix: 'putin ', suffix: '' });
    expect(found && text.slice(found.start, found.end)).toBe('began a visit');
  });

  it('returns null when the words no longer occur', () => {
    expect(findQuote(paragraph, { exact: 'العقوبات الغربية', prefix: '', suffix: '' })).toBeNull();
    expect(findQuote(paragraph, { exact: '  ', prefix: '', suffix: '' })).toBeNull();
  });
});

describe('foldWithOffsets', () => {
  it('maps every folded character back to the character it came from', () => {
    const { folded, offsets } = foldWithOffsets('إِنَّ');
    expect(folded).toBe('ان');
    expect(offsets).toEqual([0, 2, 5]);
  });
});

describe('quote URLs', () => {
  const quote = { exact: 'الدعم العسكري', prefix: 'تقديم ', suffix: ' دون تأخير' };

  it('round-trips a quote through URL parameters', () => {
    const params = new URLSearchParams(quoteParams(quote).toString());
    expect(readQuoteParams(params)).toEqual(quote);
    expect(readQuoteParams(new URLSearchParams('edition=1'))).toBeNull();
  });

  it('writes a text directive with prefix and suffix, its syntax characters encoded', () => {
    expect(textDirective(quote)).toBe(`:~:text=${encodeURIComponent('تقديم')}-,${encodeURIComponent('الدعم العسكري')},-${encodeURIComponent('دون تأخير')}`);
    expect(textDirective({ exact: 'well-known, as ever', prefix: '', suffix: '' })).toBe(':~:text=well%2Dknown%2C%20as%20ever');
    expect(textRangeDirective('وقال بوتين إن', 'to Vietnam.')).toBe(`:~:text=${encodeURIComponent('وقال بوتين إن')},to%20Vietnam.`);
  });
});
