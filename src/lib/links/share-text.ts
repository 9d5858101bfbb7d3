/** The opening words of a text, at most `max` characters, cut at a word and marked with … when cut. */
export function openingWords(text: string, max: number): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max + 1);
  const end = cut.lastIndexOf(' ');
  return `${(end > 0 ? cut.slice(0, end) : plain.slice(0, max)).replace(/[\s,.;:،؛]+$/u, '')}…`;
}

/** A share page's description: the paragraph's opening words in its source language, then in its translation. */
export function shareDescription(source: string, translation: string | null): string {
  const parts = [openingWords(source, 90)];
  if (translation) parts.push(openingWords(translation, 110));
  return parts.join(' — ');
}
