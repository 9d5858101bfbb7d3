import type { ElementContent } from 'hast';
import type { ContentProblem } from './content-error.ts';
import type { DocumentItem } from './document-items.ts';

/** One top-level block of a rendered text: a paragraph or a heading. */
export interface SegmentedBlock {
  kind: 'heading' | 'paragraph';
  /** Heading level (2 for `##`); 0 for paragraphs. */
  depth: number;
  /** The id rehype-slug gave a heading. */
  slug: string | undefined;
  /** The block's text as a reader sees it, character for character. */
  text: string;
  /** 1-based line in the content file, for messages. */
  line: number;
  /** The block's inline content as an HTML syntax tree. */
  children: ElementContent[];
}

/** A block with its permanent address. */
export interface AddressedBlock extends SegmentedBlock {
  address: string;
}

/** A comment naming the address the next block translates: `<!-- p7 -->`. */
export interface AddressMarker {
  address: string;
  line: number;
}

export type Segment = { marker: AddressMarker } | { block: SegmentedBlock };

/** The first words of a block, to name it in a message. */
export function excerpt(text: string, length = 40): string {
  return text.length <= length ? `“${text}”` : `“${text.slice(0, length)}…”`;
}

// What aligned texts may hold inside a block: text with emphasis, line breaks and inline
// code, and the <bdi> the processor adds around Arabic quoted in other languages.
const allowedInside = new Set(['em', 'strong', 'del', 'br', 'code', 'bdi']);
const markerPattern = /^<!--\s*(\S+)\s*-->$/;

/**
 * Cuts a rendered aligned text (a source or a translation) into its blocks and address
 * markers. Aligned texts are headings and paragraphs of plain text only, so that every
 * block can stand beside its counterpart; anything else is reported, never dropped.
 */
export function segmentDocument(file: string, items: readonly DocumentItem[], lineOffset = 0): { segments: Segment[]; problems: ContentProblem[] } {
  const segments: Segment[] = [];
  const problems: ContentProblem[] = [];
  const refuse = (line: number, what: string) =>
    problems.push({
      file,
      where: `line ${line + lineOffset}`,
      problem: `${what} is not allowed here: aligned texts hold only headings and paragraphs of plain text`,
      fix: 'write each paragraph as plain text (emphasis is fine) and each heading with ##',
    });
  for (const item of items) {
    if (item.item === 'comment') {
      const address = markerPattern.exec(item.value.trim())?.[1];
      if (address) segments.push({ marker: { address, line: item.line + lineOffset } });
      else refuse(item.line, 'a comment that names no address');
      continue;
    }
    if (item.item === 'html') {
      refuse(item.line, 'HTML');
      continue;
    }
    const heading = /^h([1-6])$/.exec(item.tagName);
    if (!heading && item.tagName !== 'p') {
      refuse(item.line, describeElement(item.tagName));
      continue;
    }
    const inner = item.inside.find((name) => !allowedInside.has(name));
    if (inner) {
      refuse(item.line, describeElement(inner));
      continue;
    }
    segments.push({
      block: {
        kind: heading ? 'heading' : 'paragraph',
        depth: heading ? Number(heading[1]) : 0,
        slug: item.id,
        text: item.text,
        line: item.line + lineOffset,
        children: item.children,
      },
    });
  }
  return { segments, problems };
}

const elementNames: Record<string, string> = {
  a: 'a link',
  img: 'an image',
  ul: 'a list',
  ol: 'a list',
  blockquote: 'a block quote',
  pre: 'a code block',
  table: 'a table',
  hr: 'a thematic break',
  sup: 'a footnote reference',
  section: 'a footnote section',
  input: 'a task-list checkbox',
  raw: 'inline HTML',
};

function describeElement(name: string): string {
  return elementNames[name] ?? `a <${name}> element`;
}
