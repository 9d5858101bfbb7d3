import { describe, expect, it } from 'vitest';
import { excerpt, matchedWords } from '../../../../src/lib/search/highlight';
import { parseQuery } from '../../../../src/lib/search/query';

const p12 = 'وأكد الرئيس الروسي أن بلاده وكوريا الشمالية “تتطوران بنجاح على أساس سيادي ومستقل، رغم الضغوط الخارجية”. وأكد أيضًا أن البلدين سيقدمان الدعم الكامل لبعضهما البعض باعتبارهما صداقة وجيران حقيقيين.';

describe('matchedWords', () => {
  it('returns the matched words in the text’s own spelling, with their prefixes and harakat', () => {
    expect(matchedWords(p12, parseQuery('اكد ')).map((word) => word.surface)).toEqual(['وأكد', 'وأكد']);
    expect(matchedWords('في الدفاع عن النفس، فردياً وجماعياً، إذا', parseQuery('فرديا ')).map((word) => word.surface)).toEqual(['فردياً']);
  });

  it('finds words glued to punctuation in the source', () => {
    const p1 = 'الذي بدأ زيارة. اليوم إلى…فيتنام لحشد دعم حلفاء بلاده المتبقين.';
    expect(matchedWords(p1, parseQuery('فيتنام ')).map((word) => word.surface)).toEqual(['فيتنام']);
    expect(matchedWords('النص الكامل لـ”معاهدة الشراكة', parseQuery('معاهده ')).map((word) => word.surface)).toEqual(['معاهدة']);
  });
});

describe('excerpt', () => {
  it('keeps the whole text of a short paragraph and marks every match', () => {
    const pieces = excerpt(p12, parseQuery('اكد '), 60);
    expect(pieces.map((piece) => piece.text).join('')).toBe(p12);
    expect(pieces.filter((piece) => piece.hit).map((piece) => piece.text)).toEqual(['وأكد', 'وأكد']);
  });

  it('cuts a long text around its first match and says it was cut', () => {
    const pieces = excerpt(p12, parseQuery('البلدين '), 8);
    const text = pieces.map((piece) => piece.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(pieces.some((piece) => piece.hit && piece.text === 'البلدين')).toBe(true);
    expect(text.length).toBeLessThan(p12.length);
  });
});
