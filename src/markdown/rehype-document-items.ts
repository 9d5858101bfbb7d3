import type { ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
// Registers the `raw` node (HTML kept as text until rehype-raw) in hast's types.
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { documentItemsKey, type DocumentItem } from '../lib/document-items.ts';

/** Element names and raw HTML inside a node, each once. */
function inside(nodes: readonly (ElementContent | RootContent)[], found = new Set<string>()): string[] {
  for (const node of nodes) {
    if (node.type === 'element') {
      found.add(node.tagName);
      inside(node.children, found);
    } else if (node.type === 'raw') {
      found.add('raw');
    }
  }
  return [...found];
}

function item(node: RootContent): DocumentItem | undefined {
  const line = node.position?.start.line ?? 0;
  if (node.type === 'element') {
    const id = node.properties['id'];
    return { item: 'element', tagName: node.tagName, id: typeof id === 'string' ? id : undefined, line, text: toString(node), children: node.children, inside: inside(node.children) };
  }
  // Before rehype-raw runs, block-level HTML (comments included) is a raw node.
  if (node.type === 'comment') return { item: 'comment', value: `<!--${node.value}-->`, line };
  if (node.type === 'raw') {
    const value = node.value.trim();
    return /^<!--[\s\S]*-->$/.test(value) ? { item: 'comment', value, line } : { item: 'html', value, line };
  }
  return undefined; // white space between blocks
}

/**
 * Reports the top level of every document the processor renders (blocks, comments, raw
 * HTML, with their lines and texts) in the document's frontmatter data, where the
 * content loader reads it to address and align blocks. It changes nothing in the tree.
 */
export default function rehypeDocumentItems() {
  return (tree: Root, file: VFile) => {
    const astro = (file.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter ??= {};
    astro.frontmatter[documentItemsKey] = tree.children.map(item).filter((each) => each !== undefined);
  };
}
