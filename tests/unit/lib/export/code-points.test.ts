import { describe, expect, it } from 'vitest';
import { codePointOffset, codePoints } from '../../../../src/lib/export/code-points.ts';

describe('codePointOffset', () => {
  it('counts Arabic, which is all in the Basic Multilingual Plane, the same as UTF-16', () => {
    const text = 'قال بوتين في بيونغ يانغ';
    expect(codePointOffset(text, text.indexOf('بيونغ'))).toBe(text.indexOf('بيونغ'));
    expect(codePointOffset(text, text.length)).toBe(text.length);
  });

  it('counts a character outside the Basic Multilingual Plane once, though it takes two UTF-16 units', () => {
    const text = 'قال 🇰🇵 بوتين';
    const at = text.indexOf('بوتين');
    expect(at).toBe(9);
    expect(codePointOffset(text, at)).toBe(7);
    expect(codePoints(text).slice(7).join('')).toBe('بوتين');
  });

  it('refuses an offset outside the text', () => {
    expect(() => codePointOffset('بوتين', 6)).toThrow(RangeError);
  });
});
