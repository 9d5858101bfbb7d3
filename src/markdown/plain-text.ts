import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The words a reader sees in a Markdown/MDX body, blocks joined by a blank line: what search indexes for a note. */
export function plainText(markdown: string): string {
  const tree = parser.parse(markdown) as Root;
  return tree.children
    .map((node) => toString(node))
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}
