import { splitArabicRuns } from './script-runs.ts';

/**
 * The characters the Arabic face must draw: every character of every Arabic run in the
 * given texts, including the digits and punctuation inside those runs, plus what
 * surrounds Arabic in the source (quotes, ellipsis, colon). Sorted so the font is stable.
 */
export function arabicGlyphs(texts: Iterable<string>): { arabic: string; latin: string } {
  const arabic = new Set<string>();
  const latin = new Set<string>([' ']);
  for (const text of texts) {
    for (const run of splitArabicRuns(text)) {
      if (!run.arabic) continue;
      for (const char of run.text) (/[\u0600-\u08FF\uFB50-\uFEFF]/.test(char) ? arabic : latin).add(char);
    }
    // Punctuation standing just outside a run (“…” around a quote, a final full stop) is drawn in the Arabic block too.
    for (const match of text.matchAll(/[“”"«»…:.,;!?()0-9-]/g)) latin.add(match[0]);
  }
  const sorted = (set: Set<string>) => [...set].sort().join('');
  return { arabic: sorted(arabic), latin: sorted(latin) };
}
