import { describe, expect, it } from 'vitest';
import { xmlId, xmlText } from '../../../../src/lib/export/tei/xml-checks.ts';

describe('xmlId', () => {
  it('accepts an id made of an Arabic heading’s address', () => {
    expect(xmlId('source-ضربات-الجزاء', 'article x')).toBe('source-ضربات-الجزاء');
  });

  it('refuses an id that is no XML name, naming where it comes from and the fix', () => {
    expect(() => xmlId('7-p1', 'article x, block 7')).toThrow(/^article x, block 7: "7-p1" is not an XML name.*Fix:/);
    expect(() => xmlId('source-a b', 'article x')).toThrow(/is not an XML name/);
  });
});

describe('xmlText', () => {
  it('passes Arabic, tabs, line breaks and characters outside the Basic Multilingual Plane', () => {
    const text = 'قال\tبوتين\n🇰🇵';
    expect(xmlText(text, 'here')).toBe(text);
  });

  it('refuses a character XML cannot hold, naming it, where it is and the fix', () => {
    expect(() => xmlText('قال\u000Cبوتين', 'article x, block p1')).toThrow(/^article x, block p1: holds U\+000C at position 4.*Fix:/);
    expect(() => xmlText('a\uD800b', 'here')).toThrow(/U\+D800/);
  });
});
