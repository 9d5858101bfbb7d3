import { describe, expect, it } from 'vitest';
import { directionOf, languageName } from '../../../src/lib/text-direction.ts';

describe('directionOf', () => {
  it.each(['ar', 'ar-EG', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'AR'])('writes %s right to left', (lang) => {
    expect(directionOf(lang)).toBe('rtl');
  });

  it.each(['en', 'en-GB', 'fr', 'ru', 'ko', 'zh-Hans'])('writes %s left to right', (lang) => {
    expect(directionOf(lang)).toBe('ltr');
  });

  it('follows a script subtag over the language', () => {
    expect(directionOf('az-Arab')).toBe('rtl');
    expect(directionOf('ku-Latn')).toBe('ltr');
    expect(directionOf('ar-Latn')).toBe('ltr');
    expect(directionOf('kk-Cyrl')).toBe('ltr');
    expect(directionOf('lad-Hebr')).toBe('rtl');
  });

  it('reads a script subtag after a region', () => {
    expect(directionOf('pa-PK-Arab')).toBe('rtl');
  });
});

describe('languageName', () => {
  it('names a language in English for the interface', () => {
    expect(languageName('ar')).toBe('Arabic');
    expect(languageName('fa')).toBe('Persian');
    expect(languageName('en')).toBe('English');
  });
});
