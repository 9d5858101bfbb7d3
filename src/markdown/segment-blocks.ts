import type { ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import type { SegmentedBlock } from '../lib/blocks';
import type { ContentProblem } from '../lib/content-error';
import { markdownParser } from './parser';


const allowedInline = new Set(['text', 'emphasis', 'strong', 'delete', 'break', 'inlineCode']);

function firstDisallowedInline(node: RootContent): RootContent | undefined {
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    if (!allowedInline.has(child.type)) return child;
    const nested = firstDisallowedInline(child);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * Splits an article or translation body into its top-level blocks. Aligned texts are
 * made of headings and paragraphs only, so that block N of a translation can always be
 * paired with block N of its source; anything else is reported, not dropped.
 */
export function segmentBlocks(
  file: string,
  body: string,
  /** Lines before the body (frontmatter), so messages give real line numbers. */
  lineOffset = 0,
): { blocks: SegmentedBlock[]; problems: ContentProblem[] } {
  const tree = markdownParser.runSync(markdownParser.parse(body)) as Root;
  const blocks: SegmentedBlock[] = [];
  const problems: ContentProblem[] = [];
  for (const node of tree.children) {
    const line = (node.position?.start.line ?? 0) + lineOffset;
    const isBlockAllowed = node.type === 'heading' || node.type === 'paragraph';
    const inline = isBlockAllowed ? firstDisallowedInline(node) : undefined;
    if (!isBlockAllowed || inline) {
      const what = inline ?? node;
      problems.push({
        file,
        where: `line ${(what.position?.start.line ?? 0) + lineOffset}`,
        problem: `a ${what.type} is not allowed here: aligned texts hold only headings and paragraphs of plain text`,
        fix: 'write each paragraph as plain text (emphasis is fine) and each heading with ##',
      });
      continue;
    }
    const hast = toHast(node);
    blocks.push({
      kind: node.type,
      depth: node.type === 'heading' ? node.depth : 0,
      // The text of the HTML tree, not of the Markdown one: a hard break is "\n" there, and
      // note offsets are applied to this tree.
      text: toString(hast),
      line,
      children: hast.type === 'element' ? (hast.children as ElementContent[]) : [],
    });
  }
  return { blocks, problems };
}
