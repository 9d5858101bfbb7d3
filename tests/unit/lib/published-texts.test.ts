import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../src/lib/fingerprint.ts';
import { emptyRecord, type PublishedArticle } from '../../../src/lib/published-addresses.ts';
import { checkPublishedTexts, type DeclaredChange } from '../../../src/lib/published-texts.ts';
import { files, sourceLine } from '../fixtures/received-text.ts';

const file = files.entry;
const lockFile = files.lock;
const textFiles = { source: files.source, translation: files.translation };
const december = new Date('2026-12-01T00:00:00Z');

interface Block {
  address: string;
  kind: string;
  line: number;
  source: string;
  translation: string | undefined;
  translationLine?: number | undefined;
}

const blocks: Block[] = [
  { address: 'p7', kind: 'paragraph', line: 7, source: sourceLine(7), translation: 'The new partnership treaty will replace the bilateral treaties.' },
  { address: 'p8', kind: 'paragraph', line: 8, source: sourceLine(8), translation: 'North Korea and the former Soviet Union signed a treaty in 1961.' },
  { address: 'ضربات-الجزاء', kind: 'heading', line: 9, source: sourceLine(9), translation: 'Sanctions' },
];
const published: PublishedArticle = {
  ...emptyRecord,
  blocks: Object.fromEntries(blocks.map((block) => [block.address, fingerprint(block.source)])),
  translations: Object.fromEntries(blocks.map((block) => [block.address, fingerprint(block.translation ?? '')])),
};
const corrected = blocks.map((block) => (block.address === 'p8' ? { ...block, translation: 'North Korea and the former Soviet Union signed a treaty of friendship in 1961.' } : block));
const change: DeclaredChange = { edition: 2, date: december, address: 'p8', part: 'translation', what: 'translation corrected', why: 'the treaty’s name was left out', previous: blocks[1]?.translation ?? '' };

function check(options: { blocks?: Block[]; draft?: boolean; changes?: DeclaredChange[]; published?: PublishedArticle; edition?: { number: number; date: Date } } = {}) {
  return checkPublishedTexts({
    file,
    files: textFiles,
    lockFile,
    blocks: (options.blocks ?? blocks).map((block) => ({ ...block, translationLine: block.translationLine })),
    translationDraft: options.draft ?? false,
    edition: options.edition ?? { number: 2, date: december },
    changes: options.changes ?? [],
    published: options.published ?? published,
  });
}

describe('checkPublishedTexts', () => {
  it('finds nothing when every published text is as it was published', () => {
    expect(check()).toEqual([]);
  });

  it('refuses a translation changed without a declaration, saying how to declare it', () => {
    const [problem, ...rest] = check({ blocks: corrected });
    expect(rest).toEqual([]);
    expect(problem?.file).toBe(files.translation);
    expect(problem?.where).toBe('paragraph p8 (line 8)');
    expect(problem?.problem).toContain('the translation of published block p8 has changed');
    expect(problem?.fix).toContain('changes: - { edition: 2, date: 2026-12-01, address: p8, part: translation, what: …, why: …, previous: <the published wording> }');
    expect(problem?.unrecorded).toBeUndefined();
  });

  it('takes a declared change with the exact published wording as the one thing left to record', () => {
    const problems = check({ blocks: corrected, changes: [change] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: files.translation, unrecorded: true });
    expect(problems[0]?.problem).toContain('declared for edition 2 is not recorded');
  });

  it('finds nothing once the declared change is recorded with the new wording', () => {
    const recorded: PublishedArticle = {
      ...published,
      translations: { ...published.translations, p8: fingerprint(corrected[1]?.translation ?? '') },
      changes: [{ edition: 2, address: 'p8', part: 'translation' }],
    };
    expect(check({ blocks: corrected, changes: [change], published: recorded })).toEqual([]);
  });

  it('refuses a declared change whose previous wording is not what was published', () => {
    const [problem] = check({ blocks: corrected, changes: [{ ...change, previous: 'North Korea signed a treaty.' }] });
    expect(problem?.where).toBe('changes (p8, translation)');
    expect(problem?.problem).toContain('the previous wording given is not the translation that was published');
  });

  it('reports a renumbering: ids moved onto other source text', () => {
    const [p7, p8, heading] = blocks as [Block, Block, Block];
    const problems = check({ blocks: [{ ...p7, address: 'p8', translation: undefined }, { ...p8, address: 'p7', translation: undefined }, heading] });
    expect(problems.map((problem) => problem.where)).toEqual(['paragraph p8 (line 7)', 'paragraph p7 (line 8)']);
    expect(problems[0]?.fix).toContain('if the ids were moved, put them back');
  });

  it('reports a heading whose text changed under the same slug', () => {
    const edited = blocks.map((block) => (block.kind === 'heading' ? { ...block, source: 'ضربات  الجزاء' } : block));
    expect(check({ blocks: edited }).map((problem) => [problem.file, problem.where])).toEqual([[files.source, 'heading ضربات-الجزاء (line 9)']]);
  });

  it('skips a block not translated yet', () => {
    expect(check({ blocks: blocks.map((block) => ({ ...block, translation: undefined })) })).toEqual([]);
  });

  it('asks to record a published translation never recorded, but not a draft’s', () => {
    const problems = check({ published: { ...published, translations: {} } });
    expect(problems).toEqual([expect.objectContaining({ file: files.translation, where: 'translation', unrecorded: true })]);
    expect(problems[0]?.problem).toContain('3 blocks (p7, p8, ضربات-الجزاء) are published but not recorded');
    expect(check({ published: { ...published, translations: {} }, draft: true })).toEqual([]);
  });

  it('refuses a change of an edition the article has not reached, or dated otherwise than its edition', () => {
    expect(check({ changes: [{ ...change, edition: 3 }] })[0]?.problem).toBe('belongs to edition 3, but the article is at edition 2');
    expect(check({ changes: [{ ...change, date: new Date('2026-12-02T00:00:00Z') }] })[0]?.problem).toBe('is dated 2026-12-02 but its edition 2 is dated 2026-12-01');
  });

  it('refuses a change of an address the article does not have', () => {
    expect(check({ changes: [{ ...change, address: 'p99' }] })).toEqual([{ file, where: 'changes[0]', problem: '"p99" is not an address of the article', fix: 'name the block that changed by its current address' }]);
  });
});
