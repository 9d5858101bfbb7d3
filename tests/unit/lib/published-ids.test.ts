import { describe, expect, it } from 'vitest';
import type { AddressedBlock } from '../../../src/lib/blocks';
import { fingerprint } from '../../../src/lib/fingerprint';
import { checkStableAddresses, recordAddresses } from '../../../src/lib/published-ids';
import { addressed, heading, paragraph, seedLine } from './fixtures/article';

const file = 'content/articles/north-korea-russia-partnership-treaty.mdx';
const lockFile = 'content/published-ids.json';
const slug = 'north-korea-russia-partnership-treaty';

const blocks: AddressedBlock[] = [
  addressed(paragraph(seedLine(7), 20), 'p7'),
  addressed(paragraph(seedLine(8), 22), 'p8'),
  addressed(heading(seedLine(9), 24), 'ضربات-الجزاء'),
  addressed(paragraph(seedLine(10), 26), 'p9'),
];
const published = recordAddresses(blocks);

function check(options: { blocks?: readonly AddressedBlock[]; retired?: Record<string, string>; published?: Record<string, string> | undefined }) {
  return checkStableAddresses({
    file,
    lockFile,
    slug,
    blocks: options.blocks ?? blocks,
    retired: options.retired ?? {},
    published: 'published' in options ? options.published : published,
  });
}

describe('recordAddresses', () => {
  it('records each address with the fingerprint of its text', () => {
    expect(recordAddresses(blocks)).toEqual({
      p7: fingerprint(seedLine(7)),
      p8: fingerprint(seedLine(8)),
      'ضربات-الجزاء': '054dc686',
      p9: fingerprint(seedLine(10)),
    });
  });

  it('records nothing for an empty article', () => {
    expect(recordAddresses([])).toEqual({});
  });
});

describe('checkStableAddresses', () => {
  it('finds no problem when every address is recorded and unchanged', () => {
    expect(check({})).toEqual([]);
  });

  it('reports a published id that is missing, naming it and the lock file, and suggesting retiredIds', () => {
    const problems = check({ blocks: blocks.filter((block) => block.id !== 'p8') });
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.file).toBe(file);
    expect(problem?.problem).toContain('"p8"');
    expect(problem?.problem).toContain(lockFile);
    expect(problem?.fix).toContain('retiredIds');
    expect(problem?.fix).toContain('p8');
  });

  it('accepts a published id that is retired to an existing id', () => {
    const withoutP8 = blocks.filter((block) => block.id !== 'p8');
    expect(check({ blocks: withoutP8, retired: { p8: 'p7' } })).toEqual([]);
  });

  it('accepts a published id retired to a heading slug', () => {
    const withoutP8 = blocks.filter((block) => block.id !== 'p8');
    expect(check({ blocks: withoutP8, retired: { p8: 'ضربات-الجزاء' } })).toEqual([]);
  });

  it('reports a retired id that points to an id that does not exist', () => {
    const withoutP8 = blocks.filter((block) => block.id !== 'p8');
    const problems = check({ blocks: withoutP8, retired: { p8: 'p99' } });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toContain('p8');
    expect(problems[0]?.problem).toContain('"p99"');
  });

  it('reports a retired id that is still the address of a block', () => {
    const problems = check({ retired: { p8: 'p7' } });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toContain('p8');
    expect(problems[0]?.problem).toContain('"p8"');
    expect(problems[0]?.problem).toContain('still');
  });

  it('reports an id now on different text, with both fingerprints', () => {
    // p8 was removed and its id given to the paragraph that follows: a renumbering.
    const renumbered = [blocks[0], addressed(paragraph(seedLine(10), 22), 'p8'), blocks[2]].filter((block) => block !== undefined);
    const problems = check({ blocks: renumbered, retired: { p9: 'p8' } });
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.where).toContain('p8');
    expect(problem?.problem).toContain('"p8"');
    expect(problem?.problem).toContain(fingerprint(seedLine(8)));
    expect(problem?.problem).toContain(fingerprint(seedLine(10)));
    expect(problem?.problem).toContain(lockFile);
  });

  it('reports both ids when two paragraphs swap ids', () => {
    const swapped = [
      addressed(paragraph(seedLine(7), 20), 'p8'),
      addressed(paragraph(seedLine(8), 22), 'p7'),
      blocks[2],
      blocks[3],
    ].filter((block) => block !== undefined);
    const problems = check({ blocks: swapped });
    expect(problems).toHaveLength(2);
    const text = problems.map((problem) => problem.problem).join('\n');
    expect(text).toContain('"p7"');
    expect(text).toContain('"p8"');
    expect(text).toContain(fingerprint(seedLine(7)));
    expect(text).toContain(fingerprint(seedLine(8)));
  });

  it('reports an edited paragraph under its id, telling how to record the new text', () => {
    const edited = blocks.map((block) => (block.id === 'p9' ? { ...block, text: block.text.replace('تكثف', 'تكثّف') } : block));
    const problems = check({ blocks: edited });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.problem).toContain('"p9"');
    expect(problems[0]?.fix).toContain(slug);
  });

  it('lists every unrecorded id in one problem that says to run npm run ids:record', () => {
    const more = [...blocks, addressed(paragraph(seedLine(11), 28), 'p10'), addressed(paragraph(seedLine(12), 30), 'p11')];
    const problems = check({ blocks: more });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.problem).toContain('"p10"');
    expect(problems[0]?.problem).toContain('"p11"');
    expect(problems[0]?.problem).toContain(lockFile);
    expect(problems[0]?.fix).toContain('npm run ids:record');
  });

  it('names the single unrecorded id and its line', () => {
    const problems = check({ blocks: [...blocks, addressed(heading(seedLine(16), 28), 'تجنيد-الحلفاء')] });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toContain('تجنيد-الحلفاء');
    expect(problems[0]?.where).toContain('line 28');
    expect(problems[0]?.fix).toContain('npm run ids:record');
  });

  it('treats every address of an article never published as unrecorded', () => {
    const problems = check({ published: undefined });
    expect(problems).toHaveLength(1);
    for (const block of blocks) expect(problems[0]?.problem).toContain(`"${block.id}"`);
    expect(problems[0]?.fix).toContain('npm run ids:record');
  });

  it('treats an address named like an Object.prototype member as unrecorded when the lock file lacks it', () => {
    // A heading titled “Constructor” gets the slug `constructor`.
    const problems = check({ blocks: [addressed(heading('Constructor', 1), 'constructor')], published: undefined });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.problem).toContain('"constructor"');
  });

  it('reports a missing published id named like an Object.prototype member that was not retired', () => {
    const problems = check({ published: { ...published, constructor: '054dc686' } });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.problem).toContain('"constructor"');
  });
});
