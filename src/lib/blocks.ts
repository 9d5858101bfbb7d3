import type { ElementContent } from 'hast';

/** One top-level block of an article or translation body, as the Markdown parser found it. */
export interface SegmentedBlock {
  kind: 'heading' | 'paragraph';
  /** Heading level (2 for `##`); 0 for paragraphs. */
  depth: number;
  /** The block's text as a reader sees it, character for character. */
  text: string;
  /** 1-based line in the content file, for error messages. */
  line: number;
  /** The block's inline content as HTML syntax tree. */
  children: ElementContent[];
}

/** A block with its permanent address. */
export interface AddressedBlock extends SegmentedBlock {
  id: string;
}

/** The first words of a block, to name it in an error message. */
export function excerpt(text: string, length = 40): string {
  return text.length <= length ? `“${text}”` : `“${text.slice(0, length)}…”`;
}
