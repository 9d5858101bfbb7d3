// The rare word of the scale runs' search: a made-up word in one synthetic article in a
// hundred, so that a query matching few articles can be measured at every N.
import type { Pools } from './synthetic-pools.ts';

/**
 * The rare word: recombined text has none (every word of the real article ends up in most
 * synthetic articles), so one article in `every` gets one more note, on a phrase of its
 * first paragraph without a note, whose body holds this made-up word. No other file
 * changes, so the articles' text stays what it always was. Article 1 has it, so every N
 * has it: in 1 article at N = 1 and 100, 10 at 1,000, 50 at 5,000.
 */
export const rareWord = { word: 'طرشقوف', every: 100 } as const;

/** The note that carries the rare word, on the first paragraph without a note: its path and text. */
export function rareWordNote(slug: string, blocks: readonly { heading: boolean; id: string; ar: string }[], noted: ReadonlySet<string>): [string, string] | undefined {
  for (const block of blocks) {
    if (block.heading || noted.has(block.id)) continue;
    const text = block.ar.split(' ').find((word) => word.length >= 3 && block.ar.indexOf(word) === block.ar.lastIndexOf(word));
    if (!text) continue;
    const q = JSON.stringify;
    return [
      `notes/${slug}/rare-word.md`,
      ['---', `block: ${block.id}`, `phrase: ${q(text)}`, 'type: term', 'title: "Rare word"', '---', '', `The scale benchmark's rare word: ${rareWord.word}.`, ''].join('\n'),
    ];
  }
  return undefined;
}

/** Fails when a word of the real article starts like the rare word, so a query for it would find more. */
export function checkRareWord(pools: Pools): void {
  const clash = [...pools.arWords, ...pools.enWords].find((word) => word.startsWith(rareWord.word) || rareWord.word.startsWith(word));
  if (clash) throw new Error(`the rare word ${rareWord.word} shares its start with "${clash}" of the real article: pick another made-up word in src/tools/bench/rare-word.ts`);
}
