import { describe, expect, it } from 'vitest';
import { normaliseArabic, stemArabic } from '../../../src/lib/search-analysis/index';

/** The index key of one Arabic word, as analyse() computes it. */
const key = (word: string): string => stemArabic(normaliseArabic(word));

describe('stemArabic: word groups that must meet', () => {
  it.each([
    [['والاتحاد', 'الاتحاد', 'اتحاد']],
    [['وأكد', 'أكد']],
    [['والصاروخية', 'الصاروخية', 'صاروخي']],
    [['لعقوبات', 'عقوبات', 'العقوبات', 'عقوبه', 'عقوبة']],
    [['لفيتنام', 'فيتنام', 'بفيتنام']],
    [['الفيتنامي', 'الفيتنامية', 'فيتنامي']],
    [['معاهدة', 'المعاهدة', 'معاهدات', 'المعاهدات']],
    [['الشمالية', 'شمالية']],
    [['محادثاتهما', 'محادثات']],
    [['حلفائها', 'حلفاء', 'الحلفاء', 'وحلفائها']],
    [['والدعم', 'دعم', 'الدعم']],
    [['كوريا', 'لكوريا', 'وكوريا']],
    [['بوتين', 'لبوتين', 'وبوتين']],
  ])('gives one key to all of %j', (words) => {
    const keys = new Set(words.map(key));
    expect([...keys]).toHaveLength(1);
  });

  it('keeps Putin recognisable rather than cutting letters off the front of the name', () => {
    expect(key('بوتين')).toBe('بوتين');
    expect(key('كوريا')).toBe('كوريا');
  });
});
