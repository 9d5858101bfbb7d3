import type { ElementContent, Text } from 'hast';
import type { PhraseRange } from './note-anchor.ts';

export interface NoteMark extends PhraseRange {
  /** The note's address, as a fragment. */
  href: string;
}

/**
 * Wraps each note's phrase in a link to the note. Offsets count the block's text, which
 * is the concatenation of these hast text nodes.
 * Marks never overlap (checked before), so they are applied one at a time; a phrase
 * that spans inline elements is wrapped piece by piece.
 */
export function markNotes(children: readonly ElementContent[], marks: readonly NoteMark[]): ElementContent[] {
  return [...marks]
    .sort((a, b) => a.start - b.start)
    .reduce<ElementContent[]>((nodes, mark) => wrapRange(nodes, mark, { offset: 0 }), [...children]);
}

function wrapRange(nodes: readonly ElementContent[], mark: NoteMark, cursor: { offset: number }): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      out.push(...splitText(node, mark, cursor.offset));
      cursor.offset += node.value.length;
    } else if (node.type === 'element') {
      // Aligned texts hold no links of their own: a link is a mark already applied.
      if (node.tagName === 'a') {
        // An existing mark is never entered: marks are disjoint.
        cursor.offset += textLength(node.children);
        out.push(node);
      } else {
        out.push({ ...node, children: wrapRange(node.children, mark, cursor) });
      }
    } else {
      out.push(node);
    }
  }
  return out;
}

function textLength(nodes: readonly ElementContent[]): number {
  return nodes.reduce((sum, node) => sum + (node.type === 'text' ? node.value.length : node.type === 'element' ? textLength(node.children) : 0), 0);
}

function splitText(node: Text, mark: NoteMark, offset: number): ElementContent[] {
  const from = Math.max(mark.start - offset, 0);
  const to = Math.min(mark.end - offset, node.value.length);
  if (from >= to) return [node];
  const pieces: ElementContent[] = [];
  if (from > 0) pieces.push({ type: 'text', value: node.value.slice(0, from) });
  pieces.push({
    type: 'element',
    tagName: 'a',
    properties: { href: mark.href },
    children: [{ type: 'text', value: node.value.slice(from, to) }],
  });
  if (to < node.value.length) pieces.push({ type: 'text', value: node.value.slice(to) });
  return pieces;
}
