import { describe, expect, it } from 'vitest';
import { excerpt, segmentDocument, type Segment } from '../../../src/lib/blocks.ts';
import type { DocumentItem } from '../../../src/lib/document-items.ts';
import { render } from '../fixtures/processor.ts';
import { sourceLine } from '../fixtures/received-text.ts';

const file = 'content/translations/north-korea-russia-partnership-treaty.en.md';

async function segment(markdown: string, lineOffset = 0) {
  return segmentDocument(file, (await render(markdown)).items, lineOffset);
}

const describeSegment = (segment: Segment) => ('marker' in segment ? `marker ${segment.marker.address} @${segment.marker.line}` : `${segment.block.kind} ${segment.block.depth} @${segment.block.line}: ${segment.block.text}`);

describe('excerpt', () => {
  it('quotes a short text whole, in curly quotes', () => {
    expect(excerpt('ضربات الجزاء')).toBe('“ضربات الجزاء”');
  });

  it('quotes a text of exactly the limit whole, without an ellipsis', () => {
    const text = sourceLine(1).slice(0, 40);
    expect(excerpt(text)).toBe(`“${text}”`);
  });

  it('cuts a long paragraph after 40 characters and ends it with an ellipsis', () => {
    const text = sourceLine(1);
    expect(excerpt(text)).toBe(`“${text.slice(0, 40)}…”`);
    expect(excerpt(text)).toBe('“قالت وسائل إعلام كورية شمالية، اليوم الخ…”');
  });

  it('cuts at the length it is given', () => {
    expect(excerpt(sourceLine(2), 5)).toBe('“وكشفت…”');
    expect(excerpt('تجنيد الحلفاء', 60)).toBe('“تجنيد الحلفاء”');
  });

  it('quotes the empty string as empty quotes', () => {
    expect(excerpt('')).toBe('“”');
  });
});

describe('segmentDocument', () => {
  it('turns address comments into markers and headings and paragraphs into blocks, in order', async () => {
    const { segments, problems } = await segment('<!-- p8 -->\nNorth Korea and the former Soviet Union\n\n<!-- ضربات-الجزاء -->\n## Sanctions\n\n<!-- p9 -->\n');
    expect(problems).toEqual([]);
    expect(segments.map(describeSegment)).toEqual(['marker p8 @1', 'paragraph 0 @2: North Korea and the former Soviet Union', 'marker ضربات-الجزاء @4', 'heading 2 @5: Sanctions', 'marker p9 @7']);
  });

  it('adds the line offset to every line, so lines count from the top of the file', async () => {
    const { segments } = await segment('<!-- p1 -->\nNorth Korean media said\n', 4);
    expect(segments.map(describeSegment)).toEqual(['marker p1 @5', 'paragraph 0 @6: North Korean media said']);
  });

  it('reads markers and blocks written without empty lines between them', async () => {
    const { segments, problems } = await segment('<!-- p1 -->\nNorth Korean media said\n<!-- p2 -->\nThe agency released\n<!-- ضربات-الجزاء -->\n## Sanctions\n');
    expect(problems).toEqual([]);
    expect(segments.map(describeSegment)).toEqual(['marker p1 @1', 'paragraph 0 @2: North Korean media said', 'marker p2 @3', 'paragraph 0 @4: The agency released', 'marker ضربات-الجزاء @5', 'heading 2 @6: Sanctions']);
  });

  it('reads an address comment written without spaces', async () => {
    expect((await segment('<!--p7-->\n')).segments).toEqual([{ marker: { address: 'p7', line: 1 } }]);
  });

  it('keeps a heading’s level and the slug rehype-slug gave it', async () => {
    const [first, second] = (await segment('## ضربات الجزاء\n\n### Sanctions on both\n')).segments;
    expect(first).toMatchObject({ block: { kind: 'heading', depth: 2, slug: 'ضربات-الجزاء' } });
    expect(second).toMatchObject({ block: { kind: 'heading', depth: 3, slug: 'sanctions-on-both' } });
  });

  it('allows emphasis, strong emphasis, strikethrough, a line break and inline code, and drops their markup from the text', async () => {
    const { segments, problems } = await segment('Putin *said* **that** ~~not~~ `this`  \nand more\n');
    expect(problems).toEqual([]);
    expect(segments).toMatchObject([{ block: { kind: 'paragraph', text: 'Putin said that not this\nand more' } }]);
  });

  it('allows the <bdi> the processor puts around Arabic in an English paragraph', async () => {
    const { segments, problems } = await segment('The heading ضربات الجزاء means “penalty kicks”.\n');
    expect(problems).toEqual([]);
    expect(segments).toMatchObject([{ block: { text: 'The heading ضربات الجزاء means “penalty kicks”.' } }]);
  });

  it.each([
    ['a link', 'See [the charter](https://un.org).'],
    ['an image', '![map](map.png)'],
    ['inline HTML', 'Putin <b>said</b>.'],
    ['a footnote reference', 'Putin said.[^1]\n\n[^1]: In Hanoi.'],
  ])('refuses %s inside a paragraph, naming it and the line', async (name, markdown) => {
    const { segments, problems } = await segment(`<!-- p1 -->\n${markdown}\n`, 3);
    expect(problems[0]).toEqual({ file, where: 'line 5', problem: `${name} is not allowed here: aligned texts hold only headings and paragraphs of plain text`, fix: 'write each paragraph as plain text (emphasis is fine) and each heading with ##' });
    expect(segments.filter((each) => 'block' in each)).toEqual([]);
  });

  it.each([
    ['a list', '- Russia\n- North Korea'],
    ['a list', '1. Russia\n2. North Korea'],
    ['a block quote', '> Putin said'],
    ['a code block', '```\nPutin said\n```'],
    ['a code block', '    Putin said'],
    ['a table', '| a | b |\n| - | - |\n| 1 | 2 |'],
    ['a thematic break', '***'],
    ['HTML', '<div>Putin said</div>'],
    ['a comment that names no address', '<!-- two words -->'],
    ['a comment that names no address', '<!-- -->'],
  ])('refuses %s at the top level, naming it and the line', async (name, markdown) => {
    const { segments, problems } = await segment(`<!-- p1 -->\n\n${markdown}\n`, 3);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toBe('line 6');
    expect(problems[0]?.problem).toBe(`${name} is not allowed here: aligned texts hold only headings and paragraphs of plain text`);
    expect(segments).toEqual([{ marker: { address: 'p1', line: 4 } }]);
  });

  it('names an element it has no name for by its tag', () => {
    const items: DocumentItem[] = [{ item: 'element', tagName: 'p', id: undefined, line: 2, text: 'x', children: [], inside: ['kbd'] }];
    expect(segmentDocument(file, items).problems[0]?.problem).toBe('a <kbd> element is not allowed here: aligned texts hold only headings and paragraphs of plain text');
  });

  it('reports every refused block, not only the first', async () => {
    const { problems } = await segment('- a\n\n> b\n\nSee [c](d).\n');
    expect(problems.map((problem) => problem.where)).toEqual(['line 1', 'line 3', 'line 5']);
  });
});
