import { describe, expect, it } from 'vitest';
import { checkLanguage } from '../../../../src/lib/import/language.ts';

describe('checkLanguage', () => {
  it('names the languages Intl knows, with a region or a script', () => {
    expect(checkLanguage('ar')).toEqual({ name: 'Arabic' });
    expect(checkLanguage('fa')).toEqual({ name: 'Persian' });
    expect(checkLanguage('ar-EG')).toEqual({ name: 'Arabic (Egypt)' });
  });

  it('refuses well-formed tags that name no language or region', () => {
    for (const tag of ['xx', 'qaa', 'ar-XY']) expect(checkLanguage(tag).problem).toBe(`"${tag}" is well formed but names no language Intl knows`);
  });

  it('refuses tags the site cannot use as a file name and a lang attribute', () => {
    for (const tag of ['AR', 'arabic', 'ar_EG', 'ar-', '']) expect(checkLanguage(tag).problem).toBe(`"${tag}" is not a language tag in the form the site uses`);
  });

  it('refuses English, the language of every translation', () => {
    expect(checkLanguage('en-GB').problem).toBe('"en-GB" is English, the language every article is translated into');
  });
});
