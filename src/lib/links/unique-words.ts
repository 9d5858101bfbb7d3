/**
 * The shortest run of whole words at the start (or end) of `text` that occurs exactly once
 * in `page`, for a text fragment directive that must land on this block and no earlier one.
 * Falls back to the whole text when no shorter run is unique.
 */
export function uniqueWords(text: string, page: string, from: 'start' | 'end', minimum = 3): string {
  const words = text.trim().split(/\s+/);
  for (let count = Math.min(minimum, words.length); count <= words.length; count++) {
    const run = (from === 'start' ? words.slice(0, count) : words.slice(-count)).join(' ');
    const first = page.indexOf(run);
    if (first !== -1 && page.indexOf(run, first + 1) === -1) return run;
  }
  return words.join(' ');
}
