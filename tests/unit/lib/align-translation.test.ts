import { describe, expect, it } from 'vitest';
import { alignTranslation } from '../../../src/lib/align-translation';
import type { AddressedBlock } from '../../../src/lib/blocks';
import { addressed, heading, paragraph, seedLine } from './fixtures/article';

const file = 'content/translations/north-korea-russia-partnership-treaty.en.mdx';

const source: AddressedBlock[] = [
  addressed(paragraph(seedLine(8), 20), 'p8'),
  addressed(heading(seedLine(9), 22), 'ضربات-الجزاء'),
  addressed(paragraph(seedLine(10), 24), 'p9'),
];

const english = {
  p8: 'North Korea and the former Soviet Union signed the Treaty of Friendship and Mutual Assistance in 1961.',
  heading: 'Penalty kicks',
  p9: 'The summit talks come as Russia and North Korea, both under international sanctions, step up their military cooperation.',
  extra: 'An extra paragraph that translates nothing.',
};

describe('alignTranslation', () => {
  it('gives each translated block the id of its source block, keeping its own text and line', () => {
    const translation = [paragraph(english.p8, 8), heading(english.heading, 10), paragraph(english.p9, 12)];
    const { blocks, problems } = alignTranslation(file, source, translation);
    expect(problems).toEqual([]);
    expect(blocks.map((block) => block.id)).toEqual(['p8', 'ضربات-الجزاء', 'p9']);
    expect(blocks.map(({ id: _id, ...rest }) => rest)).toEqual(translation);
  });

  it('reports a translation with more blocks than its source, with both counts and the first extra block', () => {
    const translation = [paragraph(english.p8, 8), heading(english.heading, 10), paragraph(english.p9, 12), paragraph(english.extra, 14)];
    const { blocks, problems } = alignTranslation(file, source, translation);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe(file);
    expect(problems[0]?.problem).toContain('has 4 blocks but its source has 3');
    expect(problems[0]?.problem).toContain('line 14');
    expect(problems[0]?.problem).toContain('An extra paragraph');
    expect(blocks.map((block) => block.id)).toEqual(['p8', 'ضربات-الجزاء', 'p9']);
  });

  it('reports a translation with fewer blocks than its source, with both counts and the first untranslated source block', () => {
    const translation = [paragraph(english.p8, 8), heading(english.heading, 10)];
    const { blocks, problems } = alignTranslation(file, source, translation);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.problem).toContain('has 2 blocks but its source has 3');
    expect(problems[0]?.problem).toContain('p9');
    expect(blocks.map((block) => block.id)).toEqual(['p8', 'ضربات-الجزاء']);
  });

  it('reports a heading where the source has a paragraph, naming the block and its line', () => {
    const translation = [heading(english.p8, 8), heading(english.heading, 10), paragraph(english.p9, 12)];
    const { problems } = alignTranslation(file, source, translation);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toContain('block 1');
    expect(problems[0]?.where).toContain('line 8');
    expect(problems[0]?.problem).toContain('heading');
    expect(problems[0]?.problem).toContain('p8');
    expect(problems[0]?.problem).toContain('a paragraph');
  });

  it('reports a paragraph where the source has a heading', () => {
    const translation = [paragraph(english.p8, 8), paragraph(english.heading, 10), paragraph(english.p9, 12)];
    const { problems } = alignTranslation(file, source, translation);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toContain('block 2');
    expect(problems[0]?.problem).toContain('ضربات-الجزاء');
  });

  it('reports a heading of a different level from the source heading', () => {
    const translation = [paragraph(english.p8, 8), heading(english.heading, 10, 3), paragraph(english.p9, 12)];
    const { problems } = alignTranslation(file, source, translation);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toContain('line 10');
    expect(problems[0]?.problem).toContain('level-3');
    expect(problems[0]?.problem).toContain('level-2');
  });

  it('reports both a count mismatch and a structure mismatch together', () => {
    const translation = [heading(english.p8, 8), heading(english.heading, 10)];
    const { problems } = alignTranslation(file, source, translation);
    expect(problems).toHaveLength(2);
  });
});
