import type { ContentProblem } from './content-error.ts';
import { excerpt, type AddressedBlock, type Segment } from './blocks.ts';
import type { SourceLine } from './source-text.ts';

interface SourceAddressing {
  /** The article entry, for messages about `headings` and `paragraphIds`. */
  entryFile: string;
  /** The received text, for messages about its lines. */
  sourceFile: string;
  lines: readonly SourceLine[];
  /** The processor's rendering of those lines, one block per line. */
  segments: readonly Segment[];
  headings: readonly number[];
  paragraphIds: readonly string[];
}

/**
 * Gives every line of a received text its address: a heading takes the slug rehype-slug
 * gave it, every other line the next id of `paragraphIds`. Also checks that the page
 * shows each line exactly as received, character for character.
 */
export function addressSourceBlocks(input: SourceAddressing): { blocks: AddressedBlock[]; problems: ContentProblem[] } {
  const { entryFile, sourceFile, lines, segments, headings, paragraphIds } = input;
  const problems: ContentProblem[] = [];
  const lineNumbers = new Set(lines.map((line) => line.line));
  for (const line of headings) {
    if (!lineNumbers.has(line)) {
      problems.push({ file: entryFile, where: 'headings', problem: `line ${line} of ${sourceFile} is not a line of text`, fix: `list only lines that hold text (1 to ${lines.at(-1)?.line ?? 0})` });
    }
  }
  const paragraphLines = lines.filter((line) => !headings.includes(line.line));
  if (paragraphLines.length !== paragraphIds.length) {
    const extra = paragraphLines[paragraphIds.length];
    problems.push({
      file: entryFile,
      where: 'paragraphIds',
      problem: `lists ${paragraphIds.length} ids but ${sourceFile} has ${paragraphLines.length} paragraphs${
        extra ? `; the first paragraph without an id is line ${extra.line}: ${excerpt(extra.text)}` : ''
      }`,
      fix: 'list exactly one id per line that is not a heading, in order; give a new paragraph a new id and never reuse one',
    });
  }

  const rendered = segments.flatMap((segment) => ('block' in segment ? [segment.block] : []));
  const blocks: AddressedBlock[] = [];
  let paragraphIndex = 0;
  lines.forEach((line, index) => {
    const block = rendered[index];
    const isHeading = headings.includes(line.line);
    if (!block || block.text !== line.text || (block.kind === 'heading') !== isHeading) {
      problems.push({
        file: sourceFile,
        where: `line ${line.line}`,
        problem: `would not reach the page exactly as received (${excerpt(line.text)} became ${block ? excerpt(block.text) : 'nothing'})`,
        fix: 'this is a fault of the site, not of the text: report it with the line; never edit the received file to work around it',
      });
      return;
    }
    if (isHeading && !block.slug) {
      problems.push({ file: entryFile, where: `headings (line ${line.line})`, problem: `line ${line.line} of ${sourceFile} cannot be a heading: its text ${excerpt(line.text)} makes no address (it has no letter or digit)`, fix: 'take the line out of headings, so that it is a paragraph with an id of its own' });
      return;
    }
    const address = isHeading ? (block.slug ?? '') : (paragraphIds[paragraphIndex++] ?? `unaddressed-${line.line}`);
    blocks.push({ ...block, line: line.line, address });
  });

  const seen = new Map<string, AddressedBlock>();
  for (const block of blocks) {
    const earlier = seen.get(block.address);
    if (earlier) {
      problems.push({
        file: entryFile,
        where: block.kind === 'heading' ? `headings (line ${block.line})` : 'paragraphIds',
        problem: `the address "${block.address}" is used twice (lines ${earlier.line} and ${block.line} of ${sourceFile})`,
        fix: 'every paragraph id must be unique within the article',
      });
    }
    seen.set(block.address, block);
  }
  return { blocks, problems };
}
