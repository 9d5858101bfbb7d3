import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownParser } from './parser';

/** The words a reader sees in a Markdown/MDX body, blocks joined by a blank line: what search indexes for a note. */
export function plainText(markdown: string): string {
  const tree = markdownParser.parse(markdown) as Root;
  return tree.children
    .map((node) => toString(node))
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}
