import { describe, expect, it } from 'vitest';
import { changedSince, editionNotice, linkedEdition } from '../../../../src/lib/links/edition-check.ts';
import { cardSvg, wrapWords } from '../../../../src/lib/links/share-card.ts';
import { openingWords, shareDescription } from '../../../../src/lib/links/share-text.ts';
import { uniqueWords } from '../../../../src/lib/links/unique-words.ts';

describe('editions of a link', () => {
  it('reads an edition number from the URL and nothing else', () => {
    expect(linkedEdition('2')).toBe(2);
    expect(linkedEdition(null)).toBeNull();
    expect(linkedEdition('0')).toBeNull();
    expect(linkedEdition('٢')).toBeNull();
    expect(linkedEdition('2a')).toBeNull();
  });

  it('lists the later editions a block changed in, in order', () => {
    expect(changedSince([4, 2, 3], 2)).toEqual([3, 4]);
    expect(changedSince([2], 2)).toEqual([]);
  });

  it('says what changed since the linked edition', () => {
    expect(editionNotice('paragraph 7', 1, [2])).toBe('Paragraph 7 has changed since edition 1, which this link was made from (changed in edition 2).');
    expect(editionNotice('heading “ضربات الجزاء”', 1, [2, 3, 4])).toContain('(changed in editions 2, 3 and 4)');
  });
});

describe('share texts', () => {
  it('cuts opening words at a word and trims the punctuation before the ellipsis', () => {
    expect(openingWords('وكشفت وكالة الأنباء المركزية الكورية، الرسمية في كوريا', 37)).toBe('وكشفت وكالة الأنباء المركزية الكورية…');
    expect(openingWords('Short.', 36)).toBe('Short.');
  });

  it('describes a paragraph by its opening words in both languages', () => {
    expect(shareDescription('قالت وسائل إعلام كورية شمالية', 'North Korean media said')).toBe('قالت وسائل إعلام كورية شمالية — North Korean media said');
    expect(shareDescription('قالت وسائل إعلام', null)).toBe('قالت وسائل إعلام');
  });
});

describe('share card', () => {
  it('breaks a title into lines of whole words and marks a cut', () => {
    expect(wrapWords('كوريا الشمالية وروسيا تتعهدان بالدعم العسكري المتبادل', 24, 3)).toEqual(['كوريا الشمالية وروسيا', 'تتعهدان بالدعم العسكري', 'المتبادل']);
    expect(wrapWords('one two three four', 7, 2)).toEqual(['one two', 'three…']);
  });

  it('writes the Arabic title right to left, anchored at the right edge, and escapes the text', () => {
    const svg = cardSvg({ site: 'A & B', sourceTitle: 'كوريا الشمالية', sourceDir: 'rtl', translationTitle: 'North <Korea>', fontFamily: 'Noto Naskh Arabic' });
    expect(svg).toContain('text-anchor="end" direction="rtl" fill="#1c1b19">كوريا الشمالية</text>');
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('North &lt;Korea&gt;');
  });
});

describe('uniqueWords', () => {
  const page = 'وقال بوتين إن روسيا … وقال بوتين إن بلاده مستعدة';
  it('takes as many opening words as it needs for the run to occur once on the page', () => {
    expect(uniqueWords('وقال بوتين إن بلاده مستعدة', page, 'start')).toBe('وقال بوتين إن بلاده');
    expect(uniqueWords('وقال بوتين إن روسيا', page, 'end')).toBe('بوتين إن روسيا');
  });
});
