const arabicLetter = '\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF';
// A run starts and ends with an Arabic character and may hold the spaces, digits and
// punctuation that Arabic text carries between its words; quotes around it stay outside.
const arabicRun = new RegExp(
  `[${arabicLetter}]+(?:[\\s0-9\\u2026“”:.\\-]*[${arabicLetter}]+)*`,
  'gu',
);

/** Whether a BCP 47 language tag is Arabic (`ar`, `ar-EG`). */
export const isArabicLanguage = (lang: unknown): boolean => typeof lang === 'string' && /^ar(?:-|$)/i.test(lang);

export interface ScriptRun {
  text: string;
  arabic: boolean;
}

/** Splits text into alternating Arabic and non-Arabic runs, in order, losing nothing. */
export function splitArabicRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let last = 0;
  for (const match of text.matchAll(arabicRun)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), arabic: false });
    runs.push({ text: match[0], arabic: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), arabic: false });
  return runs;
}
