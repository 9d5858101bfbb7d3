import { describe, expect, it } from 'vitest';
import { foldLatin, stemEnglish } from '../../../src/lib/search-analysis/index';

describe('stemEnglish', () => {
  it('gives treaty and treaties the same key', () => {
    expect(stemEnglish('treaties')).toBe(stemEnglish('treaty'));
  });

  it('gives signed, signing and sign the same key', () => {
    expect(stemEnglish('signed')).toBe('sign');
    expect(stemEnglish('signing')).toBe('sign');
  });

  it('drops the possessive with a straight, typographic or modifier apostrophe', () => {
    expect(stemEnglish("Putin's")).toBe('putin');
    expect(stemEnglish('Putin’s')).toBe('putin');
    expect(stemEnglish('Putinʼs')).toBe('putin');
    expect(stemEnglish('Putin')).toBe('putin');
  });

  it('lower-cases capitals so that KCNA and kcna meet', () => {
    expect(stemEnglish('KCNA')).toBe(stemEnglish('kcna'));
  });

  it('removes accents before stemming so that Nguyễn and Nguyen meet', () => {
    expect(stemEnglish('Nguyễn')).toBe(stemEnglish('Nguyen'));
  });

  it('joins the parts of a word with an inner apostrophe', () => {
    expect(foldLatin("O'Brien")).toBe('obrien');
  });

  it('leaves words with digits unstemmed', () => {
    expect(stemEnglish('G7')).toBe('g7');
    expect(stemEnglish('COVID19')).toBe('covid19');
  });

  it('gives the plural and singular of words from the translation the same key', () => {
    expect(stemEnglish('sanctions')).toBe(stemEnglish('sanction'));
    expect(stemEnglish('allies')).toBe(stemEnglish('ally'));
    expect(stemEnglish('talks')).toBe(stemEnglish('talk'));
  });
});
