import { extractFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { alignTranslation } from '../../../src/lib/align-translation.ts';
import { excerpt, segmentDocument, type AddressedBlock, type Segment } from '../../../src/lib/blocks.ts';
import { addressSourceBlocks } from '../../../src/lib/paragraph-id.ts';
import { readReceivedText, sourceMarkdown } from '../../../src/lib/source-text.ts';
import { addressed, block, heading, marker, paragraph } from '../fixtures/blocks.ts';
import { render } from '../fixtures/processor.ts';
import { articleEntry, files, receivedBytes, sourceLine, translationMarkdown } from '../fixtures/received-text.ts';

const file = files.translation;

const source: AddressedBlock[] = [addressed(paragraph(sourceLine(8), 8), 'p8'), addressed(heading(sourceLine(9), 9), 'ضربات-الجزاء'), addressed(paragraph(sourceLine(10), 10), 'p9')];

const english = {
  p8: paragraph('North Korea and the former Soviet Union signed a Treaty of Friendship and Mutual Assistance in 1961.', 6),
  heading: heading('Sanctions', 9),
  p9: paragraph('The summit comes as Russia and North Korea, both under international sanctions, step up their military cooperation.', 12),
  extra: paragraph('An extra paragraph that translates nothing.', 14),
};

/** A translation with every block under its address, the lines as in a real file. */
const complete: Segment[] = [marker('p8', 5), block(english.p8), marker('ضربات-الجزاء', 8), block(english.heading), marker('p9', 11), block(english.p9)];

describe('alignTranslation', () => {
  it('pairs every source block with the block under its address, in source order', () => {
    const { blocks, missing, problems } = alignTranslation(file, source, complete, false);
    expect(problems).toEqual([]);
    expect(missing).toEqual([]);
    expect(blocks).toEqual([english.p8, english.heading, english.p9]);
  });

  it('reports an address that is not in the source, listing the source’s addresses, and says nothing more of its block', () => {
    const segments = [...complete, marker('p99', 14), block(english.extra)];
    const { problems } = alignTranslation(file, source, segments, false);
    expect(problems).toEqual([
      { file, where: 'line 14', problem: '<!-- p99 --> is not an address of the source', fix: "use the addresses of the source's blocks, in order: p8, ضربات-الجزاء, p9" },
    ]);
  });

  it('reports an address used a second time, naming the line of the first, and says nothing more of its block', () => {
    const segments = [...complete, marker('p8', 14), block(english.extra)];
    const { blocks, problems } = alignTranslation(file, source, segments, false);
    expect(problems).toEqual([{ file, where: 'line 14', problem: '<!-- p8 --> appears a second time (first on line 5)', fix: 'translate every block once, under its own address' }]);
    expect(blocks[0]).toEqual(english.p8);
  });

  it('reports addresses out of the source’s order', () => {
    const segments = [marker('ضربات-الجزاء', 5), block(english.heading), marker('p8', 8), block(english.p8), marker('p9', 11), block(english.p9)];
    const { blocks, problems } = alignTranslation(file, source, segments, false);
    expect(problems).toEqual([{ file, where: 'line 8', problem: '<!-- p8 --> comes after <!-- ضربات-الجزاء --> but precedes it in the source', fix: 'keep the blocks in the order of the source' }]);
    // Each block still goes with its own address.
    expect(blocks).toEqual([english.p8, english.heading, english.p9]);
  });

  it('reports a block with no address above it, naming its line and the comment to add', () => {
    const segments = [block(english.p8), marker('ضربات-الجزاء', 8), block(english.heading), marker('p9', 11), block(english.p9)];
    const { problems } = alignTranslation(file, source, segments, false);
    expect(problems).toContainEqual({
      file,
      where: 'line 6',
      problem: `${excerpt(english.p8.text)} has no address above it`,
      fix: 'put the comment naming its source address on the line above, e.g. <!-- p8 -->',
    });
  });

  it('reports two blocks under one address', () => {
    const segments = [marker('p8', 5), block(english.p8), block(english.extra), marker('ضربات-الجزاء', 8), block(english.heading), marker('p9', 11), block(english.p9)];
    const { blocks, problems } = alignTranslation(file, source, segments, false);
    expect(problems).toEqual([
      {
        file,
        where: 'line 14',
        problem: `a second block under <!-- p8 --> (line 5): ${excerpt(english.extra.text)}`,
        fix: 'one block per address: join the two, or give the second its own address comment',
      },
    ]);
    expect(blocks[0]).toEqual(english.p8);
  });

  it('reports a heading where the source has a paragraph', () => {
    const segments = [marker('p8', 5), block(heading(english.p8.text, 6)), ...complete.slice(2)];
    const { problems } = alignTranslation(file, source, segments, false);
    expect(problems).toEqual([expect.objectContaining({ where: 'line 6', problem: 'is a level-2 heading but source block p8 is a paragraph' })]);
    expect(problems[0]?.fix).toContain('a heading for each heading');
  });

  it('reports a paragraph where the source has a heading', () => {
    const segments = [...complete.slice(0, 3), block(paragraph('Sanctions', 9)), ...complete.slice(4)];
    const { problems } = alignTranslation(file, source, segments, false);
    expect(problems).toEqual([expect.objectContaining({ where: 'line 9', problem: 'is a paragraph but source block ضربات-الجزاء is a level-2 heading' })]);
  });

  it('reports a heading of another level than the source heading', () => {
    const segments = [...complete.slice(0, 3), block(heading('Sanctions', 9, 3)), ...complete.slice(4)];
    const { problems } = alignTranslation(file, source, segments, false);
    expect(problems).toEqual([expect.objectContaining({ where: 'line 9', problem: 'is a level-3 heading but source block ضربات-الجزاء is a level-2 heading' })]);
  });

  it('reports every source address that has no comment, even in a draft', () => {
    for (const draft of [false, true]) {
      const { problems } = alignTranslation(file, source, complete.slice(0, 2), draft);
      expect(problems).toEqual([
        { file, where: 'body', problem: 'has no <!-- … --> comment for "ضربات-الجزاء", "p9"', fix: 'keep one address comment per source block, in order, even for a block not translated yet' },
      ]);
    }
  });

  it('reports an empty block in a translation that is not a draft', () => {
    const segments = [marker('p8', 5), marker('ضربات-الجزاء', 8), block(english.heading), marker('p9', 11), block(english.p9)];
    const { blocks, missing, problems } = alignTranslation(file, source, segments, false);
    expect(problems).toEqual([
      {
        file,
        where: '<!-- p8 -->',
        problem: 'block p8 is not translated, and the translation is not marked as a draft',
        fix: 'translate every block before publishing, or mark the translation draft: true in its frontmatter',
      },
    ]);
    expect(missing).toEqual(['p8']);
    expect(blocks).toEqual([undefined, english.heading, english.p9]);
  });

  it('names every empty block of a translation that is not a draft in one problem', () => {
    const segments = [marker('p8', 5), marker('ضربات-الجزاء', 8), marker('p9', 11)];
    const { problems } = alignTranslation(file, source, segments, false);
    expect(problems).toEqual([expect.objectContaining({ where: 'body', problem: 'blocks p8, ضربات-الجزاء, p9 are not translated, and the translation is not marked as a draft' })]);
  });

  it('lets a draft leave blocks empty, listing them as missing without a problem', () => {
    const segments = [marker('p8', 5), block(english.p8), marker('ضربات-الجزاء', 8), marker('p9', 11)];
    const { blocks, missing, problems } = alignTranslation(file, source, segments, true);
    expect(problems).toEqual([]);
    expect(missing).toEqual(['ضربات-الجزاء', 'p9']);
    expect(blocks).toEqual([english.p8, undefined, undefined]);
  });

  it('does not list a block as missing in a draft once it is translated', () => {
    expect(alignTranslation(file, source, complete, true).missing).toEqual([]);
  });

  it('aligns the real translation with the real received text, without a problem', async () => {
    const text = readReceivedText(files.source, receivedBytes).text;
    if (!text) throw new Error('the real text was refused');
    const sourceItems = (await render(sourceMarkdown(text, new Set(articleEntry.headings), articleEntry.lang))).items;
    const addressedSource = addressSourceBlocks({
      entryFile: files.entry,
      sourceFile: files.source,
      lines: text.lines,
      segments: segmentDocument(files.source, sourceItems).segments,
      headings: articleEntry.headings,
      paragraphIds: articleEntry.paragraphIds,
    }).blocks;
    const offset = (extractFrontmatter(translationMarkdown) ?? '').split('\n').length - 1;
    const translation = segmentDocument(file, (await render(translationMarkdown)).items, offset);
    const { blocks, missing, problems } = alignTranslation(file, addressedSource, translation.segments, false);
    expect(problems).toEqual([]);
    expect(missing).toEqual([]);
    expect(blocks.map((each) => each?.kind)).toEqual(addressedSource.map((each) => each.kind));
    expect(blocks[8]?.text).toBe('Sanctions');
  });
});
