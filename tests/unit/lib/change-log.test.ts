import { describe, expect, it } from 'vitest';
import { blockList, changesByEdition, changesSummary, editionSummary } from '../../../src/lib/change-log.ts';
import type { ChangeData } from '../../../src/schemas/article.ts';

const order = ['p1', 'الخاتمة', 'p2', 'p3', 'p7', 'p9'];
const change = (edition: number, address: string, part: ChangeData['part'] = 'translation'): ChangeData => ({
  edition,
  date: new Date(`2026-12-0${edition}T00:00:00Z`),
  address,
  part,
  what: 'translation corrected',
  why: 'a mistranslated verb',
  previous: 'the earlier wording',
});

describe('changesByEdition', () => {
  it('groups by edition, newest first, each in the article’s reading order whatever order they were declared in', () => {
    const groups = changesByEdition([change(2, 'p7'), change(3, 'p2'), change(2, 'p1'), change(2, 'p3', 'source')], order);
    expect(groups.map((group) => [group.edition, group.changes.map((each) => `${each.address} ${each.part}`)])).toEqual([
      [3, ['p2 translation']],
      [2, ['p1 translation', 'p3 source', 'p7 translation']],
    ]);
    expect(groups[1]?.date).toEqual(new Date('2026-12-02T00:00:00Z'));
  });

  it('puts a block’s source change before its translation change', () => {
    const [group] = changesByEdition([change(2, 'p3', 'translation'), change(2, 'p3', 'source')], order);
    expect(group?.changes.map((each) => each.part)).toEqual(['source', 'translation']);
  });

  it('has no editions when nothing changed', () => {
    expect(changesByEdition([], order)).toEqual([]);
  });
});

describe('blockList', () => {
  it('names one paragraph, two, and several with a final “and”', () => {
    expect(blockList(['p7'])).toBe('paragraph 7');
    expect(blockList(['p1', 'p7'])).toBe('paragraphs 1 and 7');
    expect(blockList(['p1', 'p2', 'p7'])).toBe('paragraphs 1, 2 and 7');
  });

  it('counts headings, whose addresses are slugs rather than numbers', () => {
    expect(blockList(['الخاتمة'])).toBe('a heading');
    expect(blockList(['p2', 'الخاتمة', 'عنوان'])).toBe('paragraph 2 and 2 headings');
  });
});

describe('editionSummary and changesSummary', () => {
  it('says what one edition revised, translation first', () => {
    const [group] = changesByEdition([change(2, 'p9', 'source'), change(2, 'p1'), change(2, 'p7')], order);
    if (!group) throw new Error('no group');
    expect(editionSummary(group)).toBe('the translation of paragraphs 1 and 7 and the source text of paragraph 9');
  });

  it('joins every edition, newest first, and is empty when nothing changed', () => {
    expect(changesSummary([change(2, 'p1'), change(3, 'p2'), change(2, 'p7')], order)).toBe(
      'edition 3 revised the translation of paragraph 2; edition 2 revised the translation of paragraphs 1 and 7',
    );
    expect(changesSummary([], order)).toBe('');
  });
});
