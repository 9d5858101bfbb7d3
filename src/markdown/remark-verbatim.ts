import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';

type Node = Root | RootContent;

function unlink(node: Node): void {
  if (!('children' in node)) return;
  const children: RootContent[] = [];
  for (const child of node.children as RootContent[]) {
    unlink(child);
    // A link's children are the characters of the text it was found in.
    if (child.type === 'link') children.push(...(child.children as PhrasingContent[]));
    else children.push(child);
  }
  (node as { children: RootContent[] }).children = children;
}

/**
 * In a document whose frontmatter says `verbatim: true` (a received text, see
 * src/lib/source-text.ts), undoes the links GFM makes by itself of bare web and e-mail
 * addresses: no escape can stop it, and a received text is shown as it was received,
 * without links. The characters stay exactly as they were.
 */
export default function remarkVerbatim() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
    if (frontmatter?.['verbatim'] === true) unlink(tree);
  };
}
