import { describe, expect, it } from 'vitest';
import type { AddressedBlock } from '../../../src/lib/blocks.ts';
import { fingerprint } from '../../../src/lib/fingerprint.ts';
import { checkStableAddresses, recordAddresses, type PublishedArticle } from '../../../src/lib/published-addresses.ts';
import { addressed, heading, paragraph } from '../fixtures/blocks.ts';
import { files, sourceLine } from '../fixtures/received-text.ts';

const file = files.entry;
const lockFile = files.lock;

const blocks: AddressedBlock[] = [
  addressed(paragraph(sourceLine(7), 7), 'p7'),
  addressed(paragraph(sourceLine(8), 8), 'p8'),
  addressed(heading(sourceLine(9), 9), 'ضربات-الجزاء'),
  addressed(paragraph(sourceLine(10), 10), 'p9'),
];
const noteIds = ['penalty-kicks', 'treaty-1961'];
/** The record of these blocks and notes, with no translation yet. */
const record = (current: readonly AddressedBlock[], notes: readonly string[], before: PublishedArticle | undefined) =>
  recordAddresses({ blocks: current, translations: [], translationDraft: true, noteIds: notes, changes: [], published: before });
const published = record(blocks, noteIds, undefined);
const without = (address: string) => blocks.filter((block) => block.address !== address);

interface Options {
  blocks?: readonly AddressedBlock[];
  noteIds?: readonly string[];
  retiredIds?: Record<string, string>;
  retiredNotes?: Record<string, string>;
  published?: PublishedArticle | undefined;
}

function check(options: Options = {}) {
  return checkStableAddresses({
    file,
    lockFile,
    blocks: options.blocks ?? blocks,
    noteIds: options.noteIds ?? noteIds,
    retiredIds: options.retiredIds ?? {},
    retiredNotes: options.retiredNotes ?? {},
    published: 'published' in options ? options.published : published,
  });
}

describe('recordAddresses', () => {
  it('records every block address with the fingerprint of its text, and every note id', () => {
    expect(published).toEqual({
      blocks: { p7: fingerprint(sourceLine(7)), p8: fingerprint(sourceLine(8)), 'ضربات-الجزاء': '054dc686', p9: fingerprint(sourceLine(10)) },
      translations: {},
      notes: ['penalty-kicks', 'treaty-1961'],
      changes: [],
    });
  });

  it('records nothing for an article with no blocks and no notes', () => {
    expect(record([], [], undefined)).toEqual({ blocks: {}, translations: {}, notes: [], changes: [] });
  });

  it('records the translation’s fingerprints once it is not a draft, and the declared changes', () => {
    const translations = blocks.map((block) => `English for ${block.address}`);
    const change = { edition: 2, date: new Date('2026-12-01T00:00:00Z'), address: 'p7', part: 'translation' as const, what: 'corrected', why: 'a typo', previous: 'x' };
    const draft = recordAddresses({ blocks, translations, translationDraft: true, noteIds, changes: [change], published });
    expect(draft.translations).toEqual({});
    const done = recordAddresses({ blocks, translations, translationDraft: false, noteIds, changes: [change], published });
    expect(done.translations).toEqual(Object.fromEntries(blocks.map((block) => [block.address, fingerprint(`English for ${block.address}`)])));
    expect(done.changes).toEqual([{ edition: 2, address: 'p7', part: 'translation' }]);
  });

  it('keeps every block and note recorded before, even once they are gone from the article', () => {
    const kept = record(without('p8'), ['penalty-kicks'], published);
    expect(kept.blocks).toEqual(published.blocks);
    expect(kept.notes).toEqual(published.notes);
  });

  it('records the current text’s fingerprint (it records only once every change is declared)', () => {
    const edited = blocks.map((block) => (block.address === 'p9' ? { ...block, text: `${block.text} ` } : block));
    expect(record(edited, noteIds, published).blocks['p9']).toBe(fingerprint(`${sourceLine(10)} `));
  });

  it('adds new blocks and notes to what was recorded, notes in order of their ids', () => {
    const more = [...blocks, addressed(heading(sourceLine(16), 16), 'تجنيد-الحلفاء')];
    const added = record(more, [...noteIds, 'kcna', 'treaty-1961'], published);
    expect(added.blocks['تجنيد-الحلفاء']).toBe(fingerprint(sourceLine(16)));
    expect(Object.keys(added.blocks)).toHaveLength(5);
    expect(added.notes).toEqual(['kcna', 'penalty-kicks', 'treaty-1961']);
  });

  it('records what it returns so that checking against it finds nothing', () => {
    const more = [...blocks, addressed(paragraph(sourceLine(11), 11), 'p10')];
    expect(check({ blocks: more, published: record(more, noteIds, published) })).toEqual([]);
  });
});

describe('checkStableAddresses', () => {
  it('finds no problem when every address is recorded and unchanged', () => {
    expect(check()).toEqual([]);
  });

  it('reports a published block address that is missing, naming the lock file and how to retire it', () => {
    expect(check({ blocks: without('p8') })).toEqual([
      {
        file,
        where: 'paragraphIds',
        problem: `the published address "p8" (recorded in ${lockFile}) is missing: links to #p8 would break`,
        fix: 'keep "p8" on its line, or retire it by declaring where it now lands: retiredIds: { p8: <current address> }',
      },
    ]);
  });

  it('accepts a missing published address retired to a paragraph that exists', () => {
    expect(check({ blocks: without('p8'), retiredIds: { p8: 'p7' } })).toEqual([]);
  });

  it('accepts a missing published address retired to a heading', () => {
    expect(check({ blocks: without('p8'), retiredIds: { p8: 'ضربات-الجزاء' } })).toEqual([]);
  });

  it('reports a published heading whose slug changed, unless its old slug is retired', () => {
    const renamed = blocks.map((block) => (block.kind === 'heading' ? { ...block, address: 'العقوبات' } : block));
    const unrecorded = record(renamed, noteIds, published);
    expect(check({ blocks: renamed, published: unrecorded }).map((problem) => problem.problem)).toEqual([
      `the published address "ضربات-الجزاء" (recorded in ${lockFile}) is missing: links to #ضربات-الجزاء would break`,
    ]);
    expect(check({ blocks: renamed, published: unrecorded, retiredIds: { 'ضربات-الجزاء': 'العقوبات' } })).toEqual([]);
  });

  it('reports a retired address that points nowhere', () => {
    expect(check({ blocks: without('p8'), retiredIds: { p8: 'p99' } })).toEqual([
      { file, where: 'retiredIds.p8', problem: 'points to "p99", which is not an address in this article', fix: 'point a retired address at a current paragraph id or heading slug' },
    ]);
  });

  it('reports a retired address that points at another retired address', () => {
    const problems = check({ blocks: without('p8').filter((block) => block.address !== 'p7'), retiredIds: { p8: 'p7', p7: 'p9' } });
    expect(problems.map((problem) => problem.where)).toEqual(['retiredIds.p8']);
  });

  it('reports a retired address that is the address of a block again', () => {
    expect(check({ retiredIds: { p8: 'p7' } })).toEqual([
      { file, where: 'retiredIds.p8', problem: '"p8" is retired but is the address of a block again', fix: 'a retired address is never reused: give that block a new id' },
    ]);
  });

  it('reports a published note that was removed without saying where its address lands', () => {
    expect(check({ noteIds: ['penalty-kicks'] })).toEqual([
      {
        file,
        where: 'retiredNotes',
        problem: `the published note "treaty-1961" (recorded in ${lockFile}) is missing: links to #note-treaty-1961 would break`,
        fix: 'restore its file, or declare where its address now lands: retiredNotes: { treaty-1961: <note id or p7> }',
      },
    ]);
  });

  it('accepts a removed note retired to another note', () => {
    expect(check({ noteIds: ['penalty-kicks'], retiredNotes: { 'treaty-1961': 'penalty-kicks' } })).toEqual([]);
  });

  it('accepts a removed note retired to a block', () => {
    expect(check({ noteIds: ['penalty-kicks'], retiredNotes: { 'treaty-1961': 'p8' } })).toEqual([]);
  });

  it('reports a retired note that points to neither a note nor a block', () => {
    expect(check({ noteIds: ['penalty-kicks'], retiredNotes: { 'treaty-1961': 'treaty-2000' } })).toEqual([
      {
        file,
        where: 'retiredNotes.treaty-1961',
        problem: 'points to "treaty-2000", which is neither a note nor a block address of this article',
        fix: 'point a retired note at the note that replaced it, or at its paragraph (p7)',
      },
    ]);
  });

  it('reports a retired note id that a note has again', () => {
    expect(check({ retiredNotes: { 'treaty-1961': 'penalty-kicks' } })).toEqual([
      {
        file,
        where: 'retiredNotes.treaty-1961',
        problem: 'note "treaty-1961" is retired but a note has that id again',
        fix: 'a retired note id is never reused: give the new note another file name',
      },
    ]);
  });

  it('lists every unrecorded block and note in one problem marked unrecorded, telling how to record them', () => {
    const more = [...blocks, addressed(paragraph(sourceLine(11), 11), 'p10'), addressed(heading(sourceLine(16), 16), 'تجنيد-الحلفاء')];
    expect(check({ blocks: more, noteIds: [...noteIds, 'kcna'] })).toEqual([
      {
        file,
        where: 'addresses',
        problem: `3 addresses "p10", "تجنيد-الحلفاء", note "kcna" are not recorded in ${lockFile}`,
        fix: `record them so they can never silently disappear: run \`npm run ids:record\` and commit ${lockFile}`,
        unrecorded: true,
      },
    ]);
  });

  it('names a single unrecorded address in the singular', () => {
    const [problem] = check({ noteIds: [...noteIds, 'kcna'] });
    expect(problem?.problem).toBe(`the address note "kcna" is not recorded in ${lockFile}`);
    expect(problem?.unrecorded).toBe(true);
  });

  it('treats every address of an article never published as unrecorded, and nothing else', () => {
    const problems = check({ published: undefined });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.unrecorded).toBe(true);
    for (const block of blocks) expect(problems[0]?.problem).toContain(`"${block.address}"`);
    for (const id of noteIds) expect(problems[0]?.problem).toContain(`note "${id}"`);
  });

  it('marks only the unrecorded problem as unrecorded, so recording cannot hide another problem', () => {
    const problems = check({ blocks: [...without('p8'), addressed(paragraph(sourceLine(11), 11), 'p10')] });
    expect(problems.map((problem) => problem.unrecorded ?? false)).toEqual([false, true]);
  });

  it('treats an address named like an Object.prototype member as unrecorded when the lock file lacks it', () => {
    // A heading titled “Constructor” gets the slug `constructor`.
    const problems = check({ blocks: [addressed(heading('Constructor', 1, 2, 'constructor'), 'constructor')], noteIds: [], published: undefined });
    expect(problems).toEqual([expect.objectContaining({ problem: `the address "constructor" is not recorded in ${lockFile}` })]);
  });

  it('reports a missing published address named like an Object.prototype member that was not retired', () => {
    const problems = check({ published: { ...published, blocks: { ...published.blocks, constructor: '054dc686' } } });
    expect(problems).toEqual([expect.objectContaining({ problem: `the published address "constructor" (recorded in ${lockFile}) is missing: links to #constructor would break` })]);
  });
});
