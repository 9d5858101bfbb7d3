import { describe, expect, it } from 'vitest';
import { chooseHeadings, finalPunctuation, headingMaxLength, looksLikeHeading } from '../../../../src/lib/import/heading-rule.ts';
import type { SourceLine } from '../../../../src/lib/source-text.ts';
import { articleLines, files } from '../../fixtures/received-text.ts';

const realLines: SourceLine[] = articleLines.map((text, index) => ({ line: index + 1, text }));
const lines = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ line: index + 1, text }));

describe('looksLikeHeading', () => {
  it('takes exactly lines 9 and 16 of the real received text as headings', () => {
    expect(realLines.filter((line) => looksLikeHeading(line.text)).map((line) => line.line)).toEqual([9, 16]);
  });

  it('does not take a short line ending in any final punctuation as a heading', () => {
    for (const mark of finalPunctuation) expect(looksLikeHeading(`تجنيد الحلفاء${mark}`), mark).toBe(false);
  });

  it('takes a short line ending in a closing bracket, a digit or a letter with harakat as a heading', () => {
    expect(looksLikeHeading('المادة 51 (الميثاق)')).toBe(true);
    expect(looksLikeHeading('قمة 2024')).toBe(true);
    expect(looksLikeHeading('ضَرَبَاتُ الجَزَاءِ')).toBe(true);
  });

  it('looks past spaces at the end of a line', () => {
    expect(looksLikeHeading('تجنيد الحلفاء  ')).toBe(true);
    expect(looksLikeHeading('تجنيد الحلفاء. ')).toBe(false);
  });

  it(`takes no line longer than ${headingMaxLength} characters, counting a letter with its harakat as one`, () => {
    expect(looksLikeHeading('ب'.repeat(headingMaxLength))).toBe(true);
    expect(looksLikeHeading('ب'.repeat(headingMaxLength + 1))).toBe(false);
    expect(looksLikeHeading('بَ'.repeat(headingMaxLength))).toBe(true);
  });

  it('takes no line without a letter or a digit, which could not have an address', () => {
    expect(looksLikeHeading('***')).toBe(false);
    expect(looksLikeHeading('—')).toBe(false);
  });
});

describe('chooseHeadings', () => {
  it('applies the rule when the author names no lines', () => {
    expect(chooseHeadings(files.source, realLines, { by: 'rule' })).toEqual({ headings: [9, 16] });
  });

  it('takes the lines the author names instead of the rule', () => {
    expect(chooseHeadings(files.source, realLines, { by: 'lines', lines: [16] })).toEqual({ headings: [16] });
  });

  it('takes no heading with --no-headings', () => {
    expect(chooseHeadings(files.source, realLines, { by: 'none' })).toEqual({ headings: [] });
  });

  it('refuses a named line that is past the end of the file or empty, listing the lines that hold text', () => {
    const text: SourceLine[] = [
      { line: 1, text: 'ضربات الجزاء' },
      { line: 3, text: 'وقال بوتين.' },
      { line: 4, text: 'وأكد الرئيس.' },
    ];
    expect(chooseHeadings('treaty.txt', text, { by: 'lines', lines: [2] })).toEqual({
      problem: { file: 'npm run new-article', where: '--headings', problem: 'line 2 of treaty.txt is not a line of text', fix: 'name lines that hold text: 1, 3 to 4' },
    });
    expect(chooseHeadings('treaty.txt', realLines, { by: 'lines', lines: [9, 30] }).problem?.problem).toBe('line 30 of treaty.txt is not a line of text');
  });

  it('refuses to make every line a heading, since an article needs a paragraph', () => {
    const problem = chooseHeadings('treaty.txt', lines('ضربات الجزاء', 'تجنيد الحلفاء'), { by: 'rule' }).problem;
    expect(problem?.problem).toMatch(/^the rule takes every line as a heading \(.*\), so the article would have no paragraph$/);
    expect(problem?.fix).toBe('name the real heading lines with --headings 9,16, or give --no-headings');
  });
});
