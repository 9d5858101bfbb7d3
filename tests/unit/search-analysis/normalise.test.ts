import { describe, expect, it } from 'vitest';
import { normaliseArabic } from '../../../src/lib/search-analysis/index';

describe('normaliseArabic', () => {
  it.each([
    ['أ', 'أكد', 'اكد'],
    ['إ', 'إعلام', 'اعلام'],
    ['آ', 'آسيا', 'اسيا'],
    ['ٱ', 'ٱلحرب', 'الحرب'],
  ])('folds the alef form %s to a bare alef (%s → %s)', (_form, word, expected) => {
    expect(normaliseArabic(word)).toBe(expected);
  });

  it('folds waw with hamza to a bare waw', () => {
    expect(normaliseArabic('تؤكد')).toBe('توكد');
    expect(normaliseArabic('رؤية')).toBe('رويه');
  });

  it('folds yeh with hamza to a bare yeh', () => {
    expect(normaliseArabic('حلفائها')).toBe('حلفايها');
    expect(normaliseArabic('الجنائية')).toBe('الجناييه');
  });

  it('keeps the stand-alone hamza so that words ending in اء keep their last letter', () => {
    expect(normaliseArabic('حلفاء')).toBe('حلفاء');
    expect(normaliseArabic('إخفاء')).toBe('اخفاء');
    expect(normaliseArabic('ء')).toBe('ء');
  });

  it('folds the high hamza to the stand-alone hamza', () => {
    expect(normaliseArabic('حلفاٴ')).toBe('حلفاء');
  });

  it('removes fatha, damma and kasra', () => {
    expect(normaliseArabic('كَتَبَ')).toBe('كتب');
    expect(normaliseArabic('الدُّوَلِ')).toBe('الدول');
  });

  it('removes the three tanween marks but keeps the alef that carries tanween fath', () => {
    expect(normaliseArabic('وفقًا')).toBe('وفقا');
    expect(normaliseArabic('بنداً')).toBe('بندا');
    expect(normaliseArabic('كتابٌ')).toBe('كتاب');
    expect(normaliseArabic('كتابٍ')).toBe('كتاب');
  });

  it('removes shadda and sukun', () => {
    expect(normaliseArabic('المتّحدة')).toBe('المتحده');
    expect(normaliseArabic('مُسْلَّح')).toBe('مسلح');
  });

  it('removes the dagger alef', () => {
    expect(normaliseArabic('هٰذا')).toBe('هذا');
  });

  it('removes tatweel inside and at the end of a word', () => {
    expect(normaliseArabic('لـ')).toBe('ل');
    expect(normaliseArabic('كـبـيـر')).toBe('كبير');
  });

  it('folds teh marbuta to heh, so a word typed with either ending normalises the same', () => {
    expect(normaliseArabic('معاهدة')).toBe('معاهده');
    expect(normaliseArabic('معاهده')).toBe(normaliseArabic('معاهدة'));
  });

  it('folds alef maqsura to yeh, so a word typed with either ending normalises the same', () => {
    expect(normaliseArabic('إلى')).toBe('الي');
    expect(normaliseArabic('الي')).toBe(normaliseArabic('إلى'));
    expect(normaliseArabic('مستوى')).toBe(normaliseArabic('مستوي'));
  });

  it('folds the Persian yeh and keheh to the Arabic yeh and kaf', () => {
    expect(normaliseArabic('کوریا')).toBe('كوريا');
    expect(normaliseArabic('ی')).toBe('ي');
    expect(normaliseArabic('ک')).toBe('ك');
  });

  it('folds Arabic-Indic digits to ASCII digits', () => {
    expect(normaliseArabic('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normaliseArabic('المادة ٥١')).toBe('الماده 51');
  });

  it('folds Eastern Arabic-Indic digits to ASCII digits', () => {
    expect(normaliseArabic('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normaliseArabic('۲۰۰۱')).toBe('2001');
  });

  it('expands presentation forms and the lam-alef ligature', () => {
    expect(normaliseArabic('ﺑﻮﺗﻴﻦ')).toBe('بوتين');
    expect(normaliseArabic('ﻻ')).toBe('لا');
    expect(normaliseArabic('ﻷ')).toBe('لا');
  });

  it('lower-cases Latin letters and drops their accents', () => {
    expect(normaliseArabic('Putin KCNA')).toBe('putin kcna');
    expect(normaliseArabic('Nguyễn')).toBe('nguyen');
  });

  it('removes bidi marks, embeddings, isolates, zero-width characters and the byte order mark', () => {
    const controls = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF'];
    for (const control of controls) {
      expect(normaliseArabic(`بو${control}تين`)).toBe('بوتين');
    }
  });

  it('leaves spaces and punctuation where they are', () => {
    expect(normaliseArabic('كوريا، روسيا. (2001) “نص”')).toBe('كوريا، روسيا. (2001) “نص”');
  });

  it('gives the same result when applied twice', () => {
    const samples = ['وَفْقًا لِلْمَادَّةِ ٥١', 'ﺑﻮﺗﻴﻦ’s KCNA', 'حلفائها إلى…فيتنام', 'لـ”معاهدة'];
    for (const sample of samples) {
      expect(normaliseArabic(normaliseArabic(sample))).toBe(normaliseArabic(sample));
    }
  });
});
