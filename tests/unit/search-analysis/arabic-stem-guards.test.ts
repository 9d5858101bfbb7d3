import { describe, expect, it } from 'vitest';
import { normaliseArabic, stemArabic } from '../../../src/lib/search-analysis/index';
import { PROTECTED_WORDS } from '../../../src/lib/search-analysis/arabic-protected-words';

/** The index key of one Arabic word, as analyse() computes it. */
const key = (word: string): string => stemArabic(normaliseArabic(word));

describe('stemArabic: guards for short words and look-alike letters', () => {
  it.each([
    ['لام', 'لام'],
    ['ولا', 'ولا'],
    ['كيم', 'كيم'],
    ['وقت', 'وقت'],
    ['وفي', 'وفي'],
    ['قوة', 'قوه'],
    ['سنة', 'سنه'],
    ['الي', 'الي'],
    ['إلى', 'الي'],
    ['في', 'في'],
    ['علي', 'علي'],
  ])('leaves the short word %s whole (→ %s)', (word, expected) => {
    expect(key(word)).toBe(expected);
  });

  it('keeps the first letter of four-letter words that begin with ب, ل or ك', () => {
    expect(key('بلاد')).toBe('بلاد');
    expect(key('بلاده')).toBe('بلاد');
    expect(key('كبير')).toBe('كبير');
    expect(key('كامل')).toBe('كامل');
    expect(key('بيان')).toBe('بيان');
  });

  it('keeps ب when the rest could be a two-letter stem with a suffix', () => {
    expect(key('البلدين')).toBe('بلدين');
    expect(key('بلدها')).toBe('بلد');
  });

  it('keeps two letters after the article, the shortest real stem', () => {
    expect(key('الحق')).toBe('حق');
  });

  it('does not cut endings that are part of common words', () => {
    expect(key('تعاون')).toBe('تعاون');
    expect(key('قانون')).toBe('قانون');
    expect(key('لبنان')).toBe('لبنان');
    expect(key('تفاهم')).toBe('تفاهم');
    expect(key('المحاكم')).toBe('محاكم');
    expect(key('البحرين')).toBe('بحرين');
    expect(key('مهم')).toBe('مهم');
    expect(key('انتهاء')).toBe('انتهاء');
  });

  it('does not make unrelated common words meet', () => {
    expect(key('كامل')).not.toBe(key('أمل'));
    expect(key('لبنان')).not.toBe(key('لبن'));
    expect(key('البحرين')).not.toBe(key('بحر'));
    expect(key('وزارة')).not.toBe(key('زار'));
    expect(key('بوتين')).not.toBe(key('تين'));
    expect(key('الإلهام')).not.toBe(key('هام'));
    expect(key('كوريا').startsWith('ريا')).toBe(false);
  });

  it('gives the protected names and words the same key with and without a proclitic', () => {
    const groups = [
      ['بيونغ', 'وبيونغ'],
      ['بلومبرج', 'لبلومبرج'],
      ['واشنطن', 'لواشنطن', 'بواشنطن'],
      ['وكالة', 'الوكالة', 'وكالات'],
      ['وزارة', 'الوزارة', 'لوزارة'],
      ['فلسطين', 'الفلسطيني', 'الفلسطينيين'],
      ['ليبيا', 'لليبيا'],
    ];
    for (const group of groups) {
      expect(new Set(group.map(key)).size, group.join(' ')).toBe(1);
    }
  });

  it('never returns an empty key', () => {
    for (const word of ['ء', 'و', 'ال', 'لل', 'وال', 'ها', 'ات']) {
      expect(key(word)).not.toBe('');
    }
  });
});

describe('stemArabic: protected words', () => {
  it.each(PROTECTED_WORDS.map((word) => [word]))('keeps the protected word %s as it is and gives it the same key after the proclitics', (word) => {
    const normalised = normaliseArabic(word);
    expect(key(word)).toBe(normalised);
    for (const prefix of ['و', 'ف', 'ل', 'ب', 'ك', 'ول', 'وب', 'فل', 'ال', 'وال', 'بال']) {
      expect(key(prefix + word), prefix + word).toBe(normalised);
    }
  });

  it('reads ولليبيا and وللبنان as و and ل before the name, not as و and لل', () => {
    expect(key('ولليبيا')).toBe('ليبيا');
    expect(key('للبنان')).toBe('لبنان');
    expect(key('وللبنان')).toBe('لبنان');
  });
});
