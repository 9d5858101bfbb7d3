import { describe, expect, it } from 'vitest';
import { normaliseArabic, stemArabic } from '../../../src/lib/search-analysis/index';

/** The index key of one Arabic word, as analyse() computes it. */
const key = (word: string): string => stemArabic(normaliseArabic(word));

describe('stemArabic: suffixes', () => {
  it('removes the masculine plural endings ون and ين', () => {
    expect(key('المسلحون')).toBe('مسلح');
    expect(key('مسلحين')).toBe('مسلح');
    expect(key('المتبقين')).toBe(key('متبقي'));
  });

  it('removes the feminine plural ending ات', () => {
    expect(key('معاهدات')).toBe('معاهد');
    expect(key('التدريبات')).toBe('تدريب');
  });

  it('removes the dual endings ان and ين from a four-letter stem', () => {
    expect(key('الجانبان')).toBe('جانب');
    expect(key('الجانبين')).toBe('جانب');
    expect(key('تتطوران')).toBe('تتطور');
  });

  it('removes the feminine dual endings تان and تين', () => {
    expect(key('الخاضعتان')).toBe('خاضع');
    expect(key('الدولتين')).toBe(key('دولة'));
  });

  it('removes the feminine ending whether it is written ة or ه', () => {
    expect(key('كبيرة')).toBe('كبير');
    expect(key('كبيره')).toBe('كبير');
  });

  it.each([
    ['ه', 'زيارته', 'زيارة'],
    ['ها', 'برامجها', 'برامج'],
    ['هم', 'بلادهم', 'بلاد'],
    ['هما', 'تعاونهما', 'تعاون'],
    ['هن', 'مواقفهن', 'مواقف'],
    ['كم', 'بلادكم', 'بلاد'],
    ['كما', 'بلادكما', 'بلاد'],
    ['نا', 'كفاحنا', 'كفاح'],
    ['ي', 'بلادي', 'بلاد'],
  ])('removes the possessive pronoun %s (%s meets %s)', (_pronoun, withPronoun, without) => {
    expect(key(withPronoun)).toBe(key(without));
  });

  it('turns the ت that ة becomes before a pronoun back into the feminine stem', () => {
    expect(key('زيارته')).toBe(key('الزيارة'));
    expect(key('سياستها')).toBe(key('سياسة'));
    expect(key('معاهدتها')).toBe(key('معاهدة'));
  });

  it('removes the nisba ending ي and ية', () => {
    expect(key('الروسي')).toBe('روس');
    expect(key('الروسية')).toBe('روس');
    expect(key('العسكرية')).toBe(key('العسكري'));
  });

  it('removes a plural ending and then the nisba ending', () => {
    expect(key('الأمريكيين')).toBe(key('الأمريكية'));
    expect(key('الغربيون')).toBe(key('غربي'));
  });

  it('puts back the hamza that moved onto a yeh or waw seat before a pronoun', () => {
    expect(key('حلفائها')).toBe('حلفاء');
    expect(key('حلفاؤهم')).toBe('حلفاء');
    expect(key('آرائهم')).toBe(key('آراء'));
  });

  it('keeps the yeh after alef, so نهاية and نهائي meet and ولاية keeps its yeh', () => {
    expect(key('نهاية')).toBe(key('نهائي'));
    expect(key('الولايات')).toBe(key('ولاية'));
    expect(key('ثنائية')).toBe(key('الثنائي'));
  });
});
