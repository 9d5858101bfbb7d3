import { describe, expect, it } from 'vitest';
import { tokenise, type Token } from '../../../src/lib/search-analysis/index';

const texts = (tokens: readonly Token[]): string[] => tokens.map((token) => token.text);

describe('tokenise', () => {
  it('splits words on spaces and gives offsets into the original string', () => {
    const text = 'قالت وسائل إعلام';
    expect(tokenise(text)).toEqual([
      { text: 'قالت', start: 0, end: 4, kind: 'arabic' },
      { text: 'وسائل', start: 5, end: 10, kind: 'arabic' },
      { text: 'إعلام', start: 11, end: 16, kind: 'arabic' },
    ]);
  });

  it('separates the preposition لـ with tatweel from the word after a closing quote mark', () => {
    const text = 'النص الكامل لـ”معاهدة الشراكة';
    const tokens = tokenise(text);
    expect(texts(tokens)).toEqual(['النص', 'الكامل', 'لـ', 'معاهدة', 'الشراكة']);
    const particle = tokens[2];
    const treaty = tokens[3];
    expect(particle && text.slice(particle.start, particle.end)).toBe('لـ');
    expect(treaty && text.slice(treaty.start, treaty.end)).toBe('معاهدة');
  });

  it('splits two words joined by an ellipsis character', () => {
    expect(texts(tokenise('اليوم إلى…فيتنام لحشد'))).toEqual(['اليوم', 'إلى', 'فيتنام', 'لحشد']);
  });

  it('leaves opening and closing quotation marks outside the word', () => {
    expect(texts(tokenise('يلي: “إذا تعرض'))).toEqual(['يلي', 'إذا', 'تعرض']);
    expect(texts(tokenise('هذا الأمر.”'))).toEqual(['هذا', 'الأمر']);
  });

  it('leaves the Arabic comma, full stop and question mark outside the word', () => {
    expect(texts(tokenise('كوريا الشمالية، اليوم الخميس، إن'))).toEqual(['كوريا', 'الشمالية', 'اليوم', 'الخميس', 'إن']);
    expect(texts(tokenise('زيارة. اليوم؟ نعم؛ لا'))).toEqual(['زيارة', 'اليوم', 'نعم', 'لا']);
  });

  it('makes a number in brackets a number token', () => {
    expect(tokenise('في فبراير (2001)')).toEqual([
      { text: 'في', start: 0, end: 2, kind: 'arabic' },
      { text: 'فبراير', start: 3, end: 9, kind: 'arabic' },
      { text: '2001', start: 11, end: 15, kind: 'number' },
    ]);
  });

  it('makes Arabic-Indic and Eastern Arabic-Indic digit runs number tokens', () => {
    expect(tokenise('عام ٢٠٠٠ و۱۹۶۱').map((token) => [token.text, token.kind])).toEqual([
      ['عام', 'arabic'],
      ['٢٠٠٠', 'number'],
      ['و', 'arabic'],
      ['۱۹۶۱', 'number'],
    ]);
  });

  it('keeps harakat, tanween and shadda inside their word so the slice shows the original spelling', () => {
    const text = 'وَفْقًا لِلْمَادَّةِ 51';
    const tokens = tokenise(text);
    expect(texts(tokens)).toEqual(['وَفْقًا', 'لِلْمَادَّةِ', '51']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('keeps a Latin possessive apostrophe inside the word but not a closing one', () => {
    expect(texts(tokenise("Putin's visit, Putin’s visit, the allies' treaty"))).toEqual([
      "Putin's", 'visit', 'Putin’s', 'visit', 'the', 'allies', 'treaty',
    ]);
  });

  it('keeps digits after Latin letters in the word and splits on hyphens', () => {
    expect(texts(tokenise('G7 and Kim Jong-un'))).toEqual(['G7', 'and', 'Kim', 'Jong', 'un']);
  });

  it('splits Arabic and Latin letters written without a space', () => {
    expect(tokenise('KCNAوكالة').map((token) => [token.text, token.kind])).toEqual([
      ['KCNA', 'latin'],
      ['وكالة', 'arabic'],
    ]);
  });

  it('does not split a word at a zero-width or bidi control inside it, and leaves one at its edge outside', () => {
    const text = '\u200Fبو\u200Cتين\u200F، روسيا';
    const tokens = tokenise(text);
    expect(texts(tokens)).toEqual(['بو\u200Cتين', 'روسيا']);
    expect(tokens[0]?.start).toBe(1);
  });

  it('counts offsets in UTF-16 code units after characters outside the Basic Multilingual Plane', () => {
    const text = '😀 بوتين';
    const [token] = tokenise(text);
    expect(token?.start).toBe(3);
    expect(token && text.slice(token.start, token.end)).toBe('بوتين');
  });

  it('returns no tokens for empty text or punctuation only', () => {
    expect(tokenise('')).toEqual([]);
    expect(tokenise(' ،.…“” () ')).toEqual([]);
  });
});
