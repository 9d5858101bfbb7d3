import GithubSlugger from 'github-slugger';
import type { ContentProblem } from './content-error';
import { excerpt, type AddressedBlock, type SegmentedBlock } from './blocks';

/** The slug rehype-slug would give each heading of one document, in order. */
export function headingSlugs(headings: readonly string[]): string[] {
  const slugger = new GithubSlugger();
  return headings.map((text) => slugger.slug(text));
}

/**
 * Gives every block its address: paragraphs take the ids the author listed, in order;
 * headings take their slug. Ids are listed rather than counted so that adding or
 * removing a paragraph never renumbers the others.
 */
export function addressBlocks(
  file: string,
  blocks: readonly SegmentedBlock[],
  paragraphIds: readonly string[],
): { blocks: AddressedBlock[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
  if (paragraphs.length !== paragraphIds.length) {
    const extra = paragraphs[paragraphIds.length];
    problems.push({
      file,
      where: 'paragraphIds',
      problem: `lists ${paragraphIds.length} ids but the body has ${paragraphs.length} paragraphs${
        extra ? `; the first paragraph without an id is on line ${extra.line}: ${excerpt(extra.text)}` : ''
      }`,
      fix: 'list exactly one id per paragraph, in body order; give a new paragraph a new id and never reuse one',
    });
  }
  const slugs = headingSlugs(blocks.filter((block) => block.kind === 'heading').map((block) => block.text));
  let paragraphIndex = 0;
  let headingIndex = 0;
  const addressed = blocks.map((block): AddressedBlock => {
    const id =
      block.kind === 'heading'
        ? (slugs[headingIndex++] ?? '')
        : (paragraphIds[paragraphIndex++] ?? `unaddressed-${paragraphIndex}`);
    return { ...block, id };
  });

  const seen = new Map<string, AddressedBlock>();
  for (const block of addressed) {
    const earlier = seen.get(block.id);
    if (earlier) {
      problems.push({
        file,
        where: block.kind === 'heading' ? `heading on line ${block.line}` : 'paragraphIds',
        problem: `the address "${block.id}" is used twice (lines ${earlier.line} and ${block.line})`,
        fix: 'every paragraph id and heading must be unique within the article',
      });
    }
    seen.set(block.id, block);
  }
  return { blocks: addressed, problems };
}
