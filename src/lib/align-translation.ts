import type { ContentProblem } from './content-error.ts';
import { excerpt, type AddressedBlock, type Segment, type SegmentedBlock } from './blocks.ts';

const describe = (block: SegmentedBlock) => (block.kind === 'heading' ? `a level-${block.depth} heading` : 'a paragraph');

export interface AlignedTranslation {
  /** The translation of each source block, in source order; undefined where a draft has none yet. */
  blocks: (SegmentedBlock | undefined)[];
  /** Addresses left untranslated (allowed in a draft only). */
  missing: string[];
  problems: ContentProblem[];
}

/**
 * Pairs a translation's blocks with their source blocks by the address comment above each
 * (`<!-- p7 -->`): every source address once, in source order, each followed by one block
 * of the same kind, or by nothing while the translation is a draft.
 */
export function alignTranslation(file: string, source: readonly AddressedBlock[], segments: readonly Segment[], draft: boolean): AlignedTranslation {
  const problems: ContentProblem[] = [];
  const order = new Map(source.map((block, index) => [block.address, index]));
  const found = new Map<number, { line: number; block: SegmentedBlock | undefined }>();
  let current: { index: number; line: number; address: string } | undefined;
  let last = -1;
  // After a marker naming no source address, its block is covered by that marker's problem.
  let skipping = false;
  for (const segment of segments) {
    if ('marker' in segment) {
      const { address, line } = segment.marker;
      const index = order.get(address);
      if (index === undefined) {
        problems.push({ file, where: `line ${line}`, problem: `<!-- ${address} --> is not an address of the source`, fix: `use the addresses of the source's blocks, in order: ${source.map((block) => block.address).join(', ')}` });
        current = undefined;
        skipping = true;
      } else if (found.has(index)) {
        problems.push({ file, where: `line ${line}`, problem: `<!-- ${address} --> appears a second time (first on line ${found.get(index)?.line})`, fix: 'translate every block once, under its own address' });
        current = undefined;
        skipping = true;
      } else {
        if (index < last) problems.push({ file, where: `line ${line}`, problem: `<!-- ${address} --> comes after <!-- ${source[last]?.address} --> but precedes it in the source`, fix: 'keep the blocks in the order of the source' });
        last = Math.max(last, index);
        found.set(index, { line, block: undefined });
        current = { index, line, address };
        skipping = false;
      }
      continue;
    }
    const { block } = segment;
    if (!current) {
      if (!skipping) problems.push({ file, where: `line ${block.line}`, problem: `${excerpt(block.text)} has no address above it`, fix: `put the comment naming its source address on the line above, e.g. <!-- ${source[0]?.address ?? 'p1'} -->` });
      continue;
    }
    const slot = found.get(current.index);
    if (slot?.block) {
      problems.push({ file, where: `line ${block.line}`, problem: `a second block under <!-- ${current.address} --> (line ${current.line}): ${excerpt(block.text)}`, fix: 'one block per address: join the two, or give the second its own address comment' });
      continue;
    }
    const counterpart = source[current.index];
    if (counterpart && (counterpart.kind !== block.kind || counterpart.depth !== block.depth)) {
      problems.push({ file, where: `line ${block.line}`, problem: `is ${describe(block)} but source block ${counterpart.address} is ${describe(counterpart)}`, fix: 'keep the source structure: a heading for each heading, of the same level, and a paragraph for each paragraph' });
    }
    found.set(current.index, { line: current.line, block });
  }

  const absent = source.filter((_, index) => !found.has(index)).map((block) => block.address);
  if (absent.length > 0) {
    problems.push({ file, where: 'body', problem: `has no <!-- … --> comment for ${absent.map((address) => `"${address}"`).join(', ')}`, fix: 'keep one address comment per source block, in order, even for a block not translated yet' });
  }
  const blocks = source.map((_, index) => found.get(index)?.block);
  const missing = source.filter((_, index) => found.has(index) && !blocks[index]).map((block) => block.address);
  if (missing.length > 0 && !draft) {
    problems.push({
      file,
      where: missing.length === 1 ? `<!-- ${missing[0]} -->` : 'body',
      problem: `${missing.length === 1 ? `block ${missing[0]} is` : `blocks ${missing.join(', ')} are`} not translated, and the translation is not marked as a draft`,
      fix: 'translate every block before publishing, or mark the translation draft: true in its frontmatter',
    });
  }
  return { blocks, missing, problems };
}
