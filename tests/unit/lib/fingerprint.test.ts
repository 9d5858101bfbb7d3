import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../src/lib/fingerprint';
import { articleLines, sourceLine } from '../fixtures/received-text.ts';

describe('fingerprint', () => {
  it('is eight lowercase hexadecimal digits for every line of the article', () => {
    for (const line of articleLines) expect(fingerprint(line)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('is eight digits for the empty string and for a single letter', () => {
    expect(fingerprint('')).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint('ض')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('is the 32-bit FNV-1a digest of the text', () => {
    // Published FNV-1a test vectors.
    expect(fingerprint('')).toBe('811c9dc5');
    expect(fingerprint('a')).toBe('e40c292c');
  });

  it('keeps leading zeros, so a digest below 0x10000000 is still eight digits', () => {
    // Paragraph 3 of the article happens to hash to a value with a leading zero.
    expect(fingerprint(sourceLine(3))).toBe('0d353be6');
  });

  it('gives the same print every time for the same text', () => {
    const text = sourceLine(1);
    expect(fingerprint(text)).toBe(fingerprint(text));
    expect(fingerprint(text)).toBe('c61a9ad9');
    expect(fingerprint(sourceLine(9))).toBe('054dc686');
  });

  it('gives the same print to the NFD and NFC forms of Arabic with hamza and harakat', () => {
    const nfc = 'وتابعت تو لام: “إننا نتذكر بامتنان المساعدة”. وأكد أيضًا';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(fingerprint(nfd)).toBe(fingerprint(nfc));
  });

  it('gives the same print to a shadda and fatha typed in either order', () => {
    const shaddaFirst = 'تعر\u0651\u064Eض';
    const fathaFirst = 'تعر\u064E\u0651ض';
    expect(shaddaFirst).not.toBe(fathaFirst);
    expect(fingerprint(shaddaFirst)).toBe(fingerprint(fathaFirst));
  });

  it('gives different prints to different paragraphs of the article', () => {
    const prints = new Set(articleLines.map(fingerprint));
    expect(prints.size).toBe(new Set(articleLines).size);
  });

  it('gives a different print when only a haraka, a hamza or a quote mark changes', () => {
    expect(fingerprint('أيضًا')).not.toBe(fingerprint('أيضا'));
    expect(fingerprint('أيضًا')).not.toBe(fingerprint('ايضًا'));
    expect(fingerprint('لـ”معاهدة')).not.toBe(fingerprint('لـ“معاهدة'));
  });
});
