import { describe, expect, it } from 'vitest';
import { splitArabicRuns, type ScriptRun } from '../../../src/lib/script-runs';
import { articleLines, sourceLine } from '../fixtures/received-text.ts';

/** Arabic letters, harakat and tatweel: what an Arabic run may begin and end with. */
const arabicLetter = /^[\u0621-\u064A\u0640\u064B-\u065F\u0670-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]$/u;

const mixed = [
  'The verb تعرّض also takes لـ, not إلى.',
  'Putin said “نحن نعارض ممارسة فرض عقوبات” at the end of the talks.',
  'Article 51 (المادة 51 من ميثاق الأمم المتحدة) is cited.',
  'The source writes إلى…فيتنام with an ellipsis.',
  'The quotation وقال: “أريد أن أشير is never closed.',
  'ضربات الجزاء means “penalty kicks”.',
  '“تجنيد الحلفاء”',
];

const arabicRuns = (runs: readonly ScriptRun[]) => runs.filter((run) => run.arabic).map((run) => run.text);

describe('splitArabicRuns', () => {
  it('loses nothing: the runs of every article line join back to the line', () => {
    for (const line of articleLines) expect(splitArabicRuns(line).map((run) => run.text).join('')).toBe(line);
  });

  it('loses nothing in mixed English and Arabic sentences', () => {
    for (const text of mixed) expect(splitArabicRuns(text).map((run) => run.text).join('')).toBe(text);
  });

  it('gives no runs for the empty string', () => {
    expect(splitArabicRuns('')).toEqual([]);
  });

  it('gives an English-only string as one non-Arabic run', () => {
    const text = 'North Korea and Russia pledge military aid to each other without delay, in 2024.';
    expect(splitArabicRuns(text)).toEqual([{ text, arabic: false }]);
  });

  it('gives an Arabic-only heading as one Arabic run', () => {
    expect(splitArabicRuns('ضربات الجزاء')).toEqual([{ text: 'ضربات الجزاء', arabic: true }]);
  });

  it('keeps a whole Arabic paragraph in one run, with its commas, digits, quotes and ellipsis, leaving out the final full stop', () => {
    for (const n of [1, 3, 5, 7]) {
      const line = sourceLine(n);
      expect(line.endsWith('.')).toBe(true);
      expect(splitArabicRuns(line)).toEqual([
        { text: line.slice(0, -1), arabic: true },
        { text: '.', arabic: false },
      ]);
    }
  });

  it('splits a mixed sentence into alternating English and Arabic runs', () => {
    expect(splitArabicRuns('The verb تعرّض also takes لـ, not إلى.')).toEqual([
      { text: 'The verb ', arabic: false },
      { text: 'تعرّض', arabic: true },
      { text: ' also takes ', arabic: false },
      { text: 'لـ', arabic: true },
      { text: ', not ', arabic: false },
      { text: 'إلى', arabic: true },
      { text: '.', arabic: false },
    ]);
  });

  it('keeps spaces, digits, colons, ellipses and inner quotes inside a run', () => {
    expect(arabicRuns(splitArabicRuns(mixed[2] ?? ''))).toEqual(['المادة 51 من ميثاق الأمم المتحدة']);
    expect(arabicRuns(splitArabicRuns(mixed[3] ?? ''))).toEqual(['إلى…فيتنام']);
    expect(arabicRuns(splitArabicRuns(mixed[4] ?? ''))).toEqual(['وقال: “أريد أن أشير']);
  });

  it('leaves the quotes around an Arabic quotation outside the run', () => {
    expect(splitArabicRuns('Putin said “نحن نعارض” twice.')).toEqual([
      { text: 'Putin said “', arabic: false },
      { text: 'نحن نعارض', arabic: true },
      { text: '” twice.', arabic: false },
    ]);
    expect(splitArabicRuns('“تجنيد الحلفاء”')).toEqual([
      { text: '“', arabic: false },
      { text: 'تجنيد الحلفاء', arabic: true },
      { text: '”', arabic: false },
    ]);
  });

  it('leaves digits after the last Arabic word outside the run', () => {
    expect(splitArabicRuns('في عام 2000')).toEqual([
      { text: 'في عام', arabic: true },
      { text: ' 2000', arabic: false },
    ]);
  });

  it('never gives an empty run nor two runs of the same kind in a row', () => {
    for (const text of [...articleLines, ...mixed]) {
      const runs = splitArabicRuns(text);
      for (const run of runs) expect(run.text).not.toBe('');
      for (let i = 1; i < runs.length; i++) expect(runs[i]?.arabic).not.toBe(runs[i - 1]?.arabic);
    }
  });

  it('starts and ends every Arabic run of the article and of mixed sentences with an Arabic letter', () => {
    for (const text of [...articleLines, ...mixed]) {
      for (const run of arabicRuns(splitArabicRuns(text))) {
        const chars = [...run];
        expect(chars[0]).toMatch(arabicLetter);
        expect(chars.at(-1)).toMatch(arabicLetter);
      }
    }
  });

  it('keeps Arabic punctuation that ends a quoted run inside the run, where Arabic typography puts it', () => {
    // The article's own opening words, quoted in an English note up to the first comma:
    // the Arabic comma belongs to the quote and must sit at its (left) end, inside the isolate.
    const runs = splitArabicRuns('The report opens قالت وسائل إعلام كورية شمالية، and names no outlet.');
    expect(arabicRuns(runs)).toEqual(['قالت وسائل إعلام كورية شمالية،']);
    expect(runs.map((run) => run.text).join('')).toBe('The report opens قالت وسائل إعلام كورية شمالية، and names no outlet.');
    expect(arabicRuns(splitArabicRuns('Kim (كيم، بوتين) met.'))).toEqual(['كيم، بوتين']);
  });

  it('keeps an Arabic question mark or semicolon with the Arabic it ends', () => {
    expect(arabicRuns(splitArabicRuns('He asked لماذا؟ and left.'))).toEqual(['لماذا؟']);
    expect(arabicRuns(splitArabicRuns('Read كوريا الشمالية؛ then Russia.'))).toEqual(['كوريا الشمالية؛']);
  });
});
