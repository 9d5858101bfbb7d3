import type { ContentProblem } from './content-error';
import { excerpt, type AddressedBlock, type SegmentedBlock } from './blocks';

const describe = (block: SegmentedBlock) => (block.kind === 'heading' ? `a level-${block.depth} heading` : 'a paragraph');

/**
 * Pairs each translated block with its source block, one to one and in order: the
 * translation has a heading where the source has one and a paragraph for each paragraph.
 * The pair shares the source's address.
 */
export function alignTranslation(
  file: string,
  source: readonly AddressedBlock[],
  translation: readonly SegmentedBlock[],
): { blocks: AddressedBlock[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  if (translation.length !== source.length) {
    const firstUnmatched = translation.length > source.length ? translation[source.length] : source[translation.length];
    problems.push({
      file,
      where: 'body',
      problem: `has ${translation.length} blocks but its source has ${source.length} (${
        translation.length > source.length
          ? `the first extra block is on line ${firstUnmatched?.line}: ${excerpt(firstUnmatched?.text ?? '')}`
          : `nothing translates source block ${(firstUnmatched as AddressedBlock | undefined)?.id}`
      })`,
      fix: 'translate every source heading and paragraph exactly once, in order, one block for one block',
    });
  }
  const blocks: AddressedBlock[] = [];
  translation.forEach((block, index) => {
    const counterpart = source[index];
    if (!counterpart) return;
    if (counterpart.kind !== block.kind || counterpart.depth !== block.depth) {
      problems.push({
        file,
        where: `block ${index + 1} (line ${block.line})`,
        problem: `is ${describe(block)} but source block ${counterpart.id} is ${describe(counterpart)}`,
        fix: 'keep the source structure: same headings at the same places, one paragraph per paragraph',
      });
    }
    blocks.push({ ...block, id: counterpart.id });
  });
  return { blocks, problems };
}
