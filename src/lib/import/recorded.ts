import type { AddressedBlock } from '../blocks.ts';
import type { ContentProblem } from '../content-error.ts';
import { recordAddresses, type PublishedArticle } from '../published-addresses.ts';

/**
 * Checks what the loader's recording mode wrote for the new article against the plan:
 * the same addresses on the same text. They come from the same processor, so a
 * difference is a fault of the site (e.g. the processor changed between the two runs).
 */
export function checkRecorded(slug: string, lockFile: string, blocks: readonly AddressedBlock[], recorded: PublishedArticle | undefined): ContentProblem | undefined {
  const fix = 'this is a fault of the site, not of the text: report it with the command you ran';
  if (!recorded) return { file: lockFile, where: slug, problem: 'the site recorded no addresses for the new article', fix };
  const expected = recordAddresses({ blocks, translations: [], translationDraft: true, noteIds: [], changes: [], published: undefined }).blocks;
  const differing = [...new Set([...Object.keys(expected), ...Object.keys(recorded.blocks)])].filter((address) => expected[address] !== recorded.blocks[address]);
  if (differing.length > 0) {
    return { file: lockFile, where: slug, problem: `the site recorded other addresses than the translation was written with (${differing.join(', ')})`, fix };
  }
  return undefined;
}
