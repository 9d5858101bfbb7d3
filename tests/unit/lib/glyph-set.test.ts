import { describe, expect, it } from 'vitest';
import { arabicGlyphs } from '../../../src/lib/glyph-set';
import { articleLines, sourceLine } from '../fixtures/received-text.ts';

const arabicChar = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;

const englishNotes = [
  'The verb تعرّض also takes لـ, not إلى.',
  'An ellipsis stands between إلى (“to”) and فيتنام (“Vietnam”).',
  'The report opens قالت وسائل إعلام كورية شمالية، and names no outlet.',
];

const isSortedAndUnique = (chars: string) => {
  const list = [...chars];
  return list.join('') === [...new Set(list)].sort().join('');
};

describe('arabicGlyphs', () => {
  it('includes every Arabic character of the article', () => {
    const { arabic } = arabicGlyphs(articleLines);
    for (const char of articleLines.join('')) {
      if (arabicChar.test(char)) expect(arabic).toContain(char);
    }
  });

  it('includes the harakat, shadda and tatweel the texts use', () => {
    const { arabic } = arabicGlyphs([sourceLine(2), sourceLine(5), ...englishNotes]);
    for (const char of ['\u064B', '\u0651', '\u0640', 'أ', 'إ', 'ة', '،']) expect(arabic).toContain(char);
  });

  it('puts only Arabic characters in arabic', () => {
    const { arabic } = arabicGlyphs([...articleLines, ...englishNotes]);
    for (const char of arabic) expect(char).toMatch(arabicChar);
  });

  it('puts the digits and punctuation inside Arabic runs in latin', () => {
    const { latin } = arabicGlyphs([sourceLine(1), sourceLine(3), sourceLine(12)]);
    for (const char of [' ', '5', '1', '“', '”', '…', ':', '.']) expect(latin).toContain(char);
  });

  it('puts the quotes and stops just outside Arabic runs in latin', () => {
    const { latin } = arabicGlyphs(['Putin said “نحن نعارض”.']);
    for (const char of ['“', '”', '.']) expect(latin).toContain(char);
  });

  it('keeps an Arabic comma that follows an Arabic run', () => {
    expect(arabicGlyphs(['The report opens قالت وسائل إعلام كورية شمالية، and names no outlet.']).arabic).toContain('،');
  });

  it('does not include the Latin letters of English text', () => {
    const { arabic, latin } = arabicGlyphs(englishNotes);
    expect(latin).not.toMatch(/[A-Za-z]/);
    expect(arabic).not.toMatch(/[A-Za-z]/);
  });

  it('gives sorted, unique characters', () => {
    const { arabic, latin } = arabicGlyphs([...articleLines, ...articleLines, ...englishNotes]);
    expect(isSortedAndUnique(arabic)).toBe(true);
    expect(isSortedAndUnique(latin)).toBe(true);
  });

  it('gives the same set whatever the order of the texts', () => {
    expect(arabicGlyphs([...articleLines].reverse())).toEqual(arabicGlyphs(articleLines));
  });

  it('takes the union of several texts, from any iterable', () => {
    function* texts() {
      yield 'ضربات الجزاء';
      yield 'تجنيد الحلفاء';
    }
    const { arabic } = arabicGlyphs(texts());
    expect(arabic).toBe([...new Set('ضرباتالجزاءتجنيدالحلفاء')].sort().join(''));
  });

  it('gives only a space for no text', () => {
    expect(arabicGlyphs([])).toEqual({ arabic: '', latin: ' ' });
  });
});
