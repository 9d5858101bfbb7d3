import { describe, expect, it } from 'vitest';
import { segmentDocument, type Segment } from '../../../src/lib/blocks.ts';
import { addressSourceBlocks } from '../../../src/lib/paragraph-id.ts';
import { readReceivedText, sourceMarkdown, type ReceivedText } from '../../../src/lib/source-text.ts';
import { block, heading, paragraph } from '../fixtures/blocks.ts';
import { render } from '../fixtures/processor.ts';
import { articleEntry, files, receivedBytes, sourceLine } from '../fixtures/received-text.ts';

const entryFile = files.entry;
const sourceFile = files.source;

function received(text: string): ReceivedText {
  const read = readReceivedText(sourceFile, new TextEncoder().encode(text));
  if (!read.text) throw new Error(read.problems.map((problem) => problem.problem).join('\n'));
  return read.text;
}

/** Renders a received text through the site's processor and addresses its blocks, as the loader does. */
async function address(text: ReceivedText, headings: readonly number[], paragraphIds: readonly string[]) {
  const { items } = await render(sourceMarkdown(text, new Set(headings), 'ar'));
  const { segments, problems } = segmentDocument(sourceFile, items);
  expect(problems).toEqual([]);
  return addressSourceBlocks({ entryFile, sourceFile, lines: text.lines, segments, headings, paragraphIds });
}

// Lines 8 to 11 of the article, a heading among them, with an empty line before the heading.
const sample = received(`${sourceLine(8)}\n\n${sourceLine(9)}\n${sourceLine(10)}\n${sourceLine(11)}\n`);
const sampleHeadings = [3];

describe('addressSourceBlocks', () => {
  it('gives every line of the real article its listed id, and each heading its slug', async () => {
    const text = readReceivedText(sourceFile, receivedBytes).text;
    if (!text) throw new Error('the real text was refused');
    const { blocks, problems } = await address(text, articleEntry.headings, articleEntry.paragraphIds);
    expect(problems).toEqual([]);
    expect(blocks).toHaveLength(24);
    expect(blocks.filter((each) => each.kind === 'paragraph').map((each) => each.address)).toEqual(articleEntry.paragraphIds);
    expect(blocks.filter((each) => each.kind === 'heading').map((each) => [each.line, each.address])).toEqual([
      [9, 'ضربات-الجزاء'],
      [16, 'تجنيد-الحلفاء'],
    ]);
    expect(blocks.map((each) => each.address).slice(7, 10)).toEqual(['p8', 'ضربات-الجزاء', 'p9']);
  });

  it('gives each block its line in the received file, counting empty lines', async () => {
    const { blocks } = await address(sample, sampleHeadings, ['p8', 'p9', 'p10']);
    expect(blocks.map((each) => [each.line, each.address, each.kind])).toEqual([
      [1, 'p8', 'paragraph'],
      [3, 'ضربات-الجزاء', 'heading'],
      [4, 'p9', 'paragraph'],
      [5, 'p10', 'paragraph'],
    ]);
  });

  it('keeps each block’s text exactly as its line', async () => {
    const { blocks } = await address(sample, sampleHeadings, ['p8', 'p9', 'p10']);
    expect(blocks.map((each) => each.text)).toEqual([sourceLine(8), sourceLine(9), sourceLine(10), sourceLine(11)]);
  });

  it('takes ids as listed rather than counting them, so an inserted paragraph keeps the others’ ids', async () => {
    const { blocks, problems } = await address(sample, sampleHeadings, ['p8', 'p8a', 'p9']);
    expect(problems).toEqual([]);
    expect(blocks.map((each) => each.address)).toEqual(['p8', 'ضربات-الجزاء', 'p8a', 'p9']);
  });

  it('reports too few ids with both counts and the first paragraph without an id, by line and excerpt', async () => {
    const { problems } = await address(sample, sampleHeadings, ['p8', 'p9']);
    expect(problems).toEqual([
      {
        file: entryFile,
        where: 'paragraphIds',
        problem: `lists 2 ids but ${sourceFile} has 3 paragraphs; the first paragraph without an id is line 5: “قال بوتين وفي نهاية المناقشات مع كيم، “ن…”`,
        fix: 'list exactly one id per line that is not a heading, in order; give a new paragraph a new id and never reuse one',
      },
    ]);
  });

  it('still gives every block a distinct address when ids are missing', async () => {
    const { blocks } = await address(sample, sampleHeadings, ['p8']);
    expect(new Set(blocks.map((each) => each.address)).size).toBe(4);
  });

  it('reports too many ids with both counts', async () => {
    const { problems } = await address(sample, sampleHeadings, ['p8', 'p9', 'p10', 'p11']);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toBe('paragraphIds');
    expect(problems[0]?.problem).toBe(`lists 4 ids but ${sourceFile} has 3 paragraphs`);
  });

  it('reports an id listed twice, naming it and both lines of the received file', async () => {
    const { problems } = await address(sample, sampleHeadings, ['p8', 'p9', 'p8']);
    expect(problems).toEqual([
      { file: entryFile, where: 'paragraphIds', problem: `the address "p8" is used twice (lines 1 and 5 of ${sourceFile})`, fix: 'every paragraph id must be unique within the article' },
    ]);
  });

  it('reports a paragraph id that is also the slug of a heading', async () => {
    const text = received('P3\nقال بوتين\n');
    const { problems } = await address(text, [1], ['p3']);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.problem).toBe(`the address "p3" is used twice (lines 1 and 2 of ${sourceFile})`);
  });

  it('gives two headings with the same text different slugs, without a problem', async () => {
    const text = received(`ضربات الجزاء\n${sourceLine(10)}\nضربات الجزاء\n`);
    const { blocks, problems } = await address(text, [1, 3], ['p9']);
    expect(problems).toEqual([]);
    expect(blocks.map((each) => each.address)).toEqual(['ضربات-الجزاء', 'p9', 'ضربات-الجزاء-1']);
  });

  it('never gives a heading an empty address: a heading whose text makes no slug is reported', async () => {
    // rehype-slug drops punctuation, so a heading of three asterisks gets the id "".
    const text = received(`***\n${sourceLine(10)}\n`);
    const { blocks, problems } = await address(text, [1], ['p9']);
    expect(blocks.map((each) => each.address)).not.toContain('');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((problem) => `${problem.where} ${problem.problem}`).join('\n')).toContain('line 1');
  });

  it('reports a heading listed on an empty line, naming the lines that hold text', async () => {
    const { problems } = await address(sample, [2], ['p8', 'p8a', 'p9', 'p10']);
    expect(problems[0]).toEqual({ file: entryFile, where: 'headings', problem: `line 2 of ${sourceFile} is not a line of text`, fix: 'list only lines that hold text (1 to 5)' });
  });

  it('reports a heading listed beyond the end of the file', async () => {
    const { problems } = await address(sample, [3, 40], ['p8', 'p9', 'p10']);
    expect(problems).toEqual([expect.objectContaining({ where: 'headings', problem: `line 40 of ${sourceFile} is not a line of text` })]);
  });

  it('reports a line the page would show differently, on that line of the received file', () => {
    // As if the processor had turned the ellipsis into three full stops.
    const lines = [{ line: 4, text: 'اليوم إلى…فيتنام' }];
    const segments: Segment[] = [block(paragraph('اليوم إلى...فيتنام', 3))];
    const { blocks, problems } = addressSourceBlocks({ entryFile, sourceFile, lines, segments, headings: [], paragraphIds: ['p1'] });
    expect(blocks).toEqual([]);
    expect(problems).toEqual([
      {
        file: sourceFile,
        where: 'line 4',
        problem: 'would not reach the page exactly as received (“اليوم إلى…فيتنام” became “اليوم إلى...فيتنام”)',
        fix: 'this is a fault of the site, not of the text: report it with the line; never edit the received file to work around it',
      },
    ]);
  });

  it('reports a line the processor made nothing of', () => {
    const lines = [
      { line: 1, text: 'ضربات الجزاء' },
      { line: 2, text: 'قال بوتين' },
    ];
    const { problems } = addressSourceBlocks({ entryFile, sourceFile, lines, segments: [block(heading('ضربات الجزاء', 1))], headings: [1], paragraphIds: ['p1'] });
    expect(problems).toEqual([expect.objectContaining({ file: sourceFile, where: 'line 2', problem: 'would not reach the page exactly as received (“قال بوتين” became nothing)' })]);
  });

  it('reports a heading line the processor made a paragraph of', () => {
    const lines = [{ line: 1, text: 'ضربات الجزاء' }];
    const { problems } = addressSourceBlocks({ entryFile, sourceFile, lines, segments: [block(paragraph('ضربات الجزاء', 1))], headings: [1], paragraphIds: [] });
    expect(problems).toEqual([expect.objectContaining({ file: sourceFile, where: 'line 1' })]);
  });

  it('pairs lines with the rendered blocks and ignores address markers among them', () => {
    const lines = [{ line: 1, text: 'قال بوتين' }];
    const { blocks, problems } = addressSourceBlocks({ entryFile, sourceFile, lines, segments: [{ marker: { address: 'p1', line: 1 } }, block(paragraph('قال بوتين', 3))], headings: [], paragraphIds: ['p1'] });
    expect(problems).toEqual([]);
    expect(blocks.map((each) => each.address)).toEqual(['p1']);
  });
});
