import { describe, expect, it } from 'vitest';
import { anchorNote, findOverlaps, isProblem, type AnchoredNote, type NoteAnchorInput, type PhraseRange } from '../../../src/lib/note-anchor';
import type { ContentProblem } from '../../../src/lib/content-error';
import { sourceLine } from '../fixtures/received-text.ts';

const noteFile = 'content/notes/north-korea-russia-partnership-treaty/p1-stray-ellipsis.md';

function anchor(block: string, blockText: string, phrase: string, occurrence?: number): PhraseRange | ContentProblem {
  const input: NoteAnchorInput = { id: 'test-note', file: noteFile, block, blockText, phrase, occurrence };
  return anchorNote(input);
}

function range(result: PhraseRange | ContentProblem): PhraseRange {
  if (isProblem(result)) throw new Error(`expected a range, got: ${result.problem}`);
  return result;
}

function problem(result: PhraseRange | ContentProblem): ContentProblem {
  if (!isProblem(result)) throw new Error(`expected a problem, got the range ${result.start}–${result.end}`);
  return result;
}

describe('anchorNote', () => {
  it('finds an exact phrase and gives its UTF-16 range in the block text', () => {
    const text = sourceLine(1);
    const found = range(anchor('p1', text, 'إلى…فيتنام'));
    expect(text.slice(found.start, found.end)).toBe('إلى…فيتنام');
    expect(found.start).toBe(text.indexOf('إلى…فيتنام'));
  });

  it('finds a phrase that carries harakat and a tatweel exactly as published', () => {
    const p2 = sourceLine(2);
    const found = range(anchor('p2', p2, 'لـ”معاهدة الشراكة'));
    expect(p2.slice(found.start, found.end)).toBe('لـ”معاهدة الشراكة');
    const p4 = sourceLine(4);
    expect(p4.slice(range(anchor('p4', p4, 'أيضًا')).start)).toMatch(/^أيضًا من الطرفين/);
  });

  it('does not match a phrase whose quote mark differs', () => {
    const result = problem(anchor('p2', sourceLine(2), 'لـ“معاهدة'));
    expect(result.file).toBe(noteFile);
    expect(result.where).toBe('phrase');
    expect(result.problem).toContain('لـ“معاهدة');
    expect(result.problem).toContain('p2');
    expect(result.fix).toContain('character for character');
  });

  it('does not match a phrase that lacks the harakat of the text', () => {
    expect(isProblem(anchor('p4', sourceLine(4), 'أيضا من الطرفين'))).toBe(true);
    expect(isProblem(anchor('p5', sourceLine(5), 'فرديا، وجماعيا'))).toBe(true);
  });

  it('does not match a phrase whose hamza differs', () => {
    expect(isProblem(anchor('p4', sourceLine(4), 'ايضًا'))).toBe(true);
    expect(isProblem(anchor('p1', sourceLine(1), 'كيم جونغ اون'))).toBe(true);
    expect(isProblem(anchor('p1', sourceLine(1), 'كيم جونغ أون'))).toBe(false);
  });

  it('does not match a phrase whose ellipsis is written as three full stops', () => {
    expect(isProblem(anchor('p1', sourceLine(1), 'إلى...فيتنام'))).toBe(true);
  });

  it('reports a phrase that occurs more than once when no occurrence is given', () => {
    const result = problem(anchor('p1', sourceLine(1), 'اليوم'));
    expect(result.where).toBe('phrase');
    expect(result.problem).toContain('2 times');
    expect(result.problem).toContain('ambiguous');
    expect(result.fix).toContain('occurrence');
  });

  it('picks the nth occurrence when asked', () => {
    const text = sourceLine(1);
    const first = range(anchor('p1', text, 'اليوم', 1));
    const second = range(anchor('p1', text, 'اليوم', 2));
    expect(first.start).toBe(text.indexOf('اليوم'));
    expect(second.start).toBe(text.indexOf('اليوم', first.end));
    expect(text.slice(second.start)).toMatch(/^اليوم إلى…فيتنام/);
    expect(second.end - second.start).toBe('اليوم'.length);
  });

  it('accepts occurrence 1 for a phrase that occurs once', () => {
    expect(range(anchor('p2', sourceLine(2), 'بيونغ يانغ', 1)).start).toBe(sourceLine(2).indexOf('بيونغ يانغ'));
  });

  it('reports an occurrence beyond the number of matches', () => {
    const result = problem(anchor('p1', sourceLine(1), 'اليوم', 3));
    expect(result.where).toBe('occurrence');
    expect(result.problem).toContain('3');
    expect(result.problem).toContain('has 2');
    expect(result.fix).toContain('1 to 2');
  });

  it('reports occurrence 2 of a phrase that occurs once', () => {
    expect(problem(anchor('p2', sourceLine(2), 'بيونغ يانغ', 2)).where).toBe('occurrence');
  });

  it('finds a phrase at the very start and at the very end of a block', () => {
    expect(range(anchor('ضربات-الجزاء', 'ضربات الجزاء', 'ضربات'))).toEqual({ start: 0, end: 5 });
    expect(range(anchor('ضربات-الجزاء', 'ضربات الجزاء', 'الجزاء'))).toEqual({ start: 6, end: 12 });
  });
});

describe('isProblem', () => {
  it('tells a problem from a range', () => {
    expect(isProblem({ start: 0, end: 3 })).toBe(false);
    expect(isProblem({ file: noteFile, where: 'phrase', problem: 'does not occur', fix: 'copy the phrase exactly' })).toBe(true);
  });
});

describe('findOverlaps', () => {
  const note = (id: string, block: string, start: number, end: number): AnchoredNote => ({
    id,
    file: `content/notes/north-korea-russia-partnership-treaty/${id}.md`,
    block,
    start,
    end,
  });

  it('finds nothing among disjoint phrases', () => {
    expect(findOverlaps([note('a', 'p1', 0, 4), note('b', 'p1', 10, 20), note('c', 'p1', 5, 8)])).toEqual([]);
  });

  it('accepts phrases that touch, one ending where the next starts', () => {
    expect(findOverlaps([note('a', 'p1', 0, 10), note('b', 'p1', 10, 20)])).toEqual([]);
  });

  it('reports a partial overlap, naming both notes', () => {
    const problems = findOverlaps([note('b', 'p1', 5, 15), note('a', 'p1', 0, 10)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toContain('b.md');
    expect(problems[0]?.problem).toContain('"a"');
    expect(problems[0]?.problem).toContain('p1');
  });

  it('reports a phrase nested in another', () => {
    const problems = findOverlaps([note('outer', 'p3', 0, 30), note('inner', 'p3', 10, 12)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.problem).toContain('"outer"');
  });

  it('reports the same phrase chosen by two notes', () => {
    expect(findOverlaps([note('a', 'p3', 4, 9), note('b', 'p3', 4, 9)])).toHaveLength(1);
  });

  it('accepts overlapping ranges in different blocks', () => {
    expect(findOverlaps([note('a', 'p1', 0, 10), note('b', 'p2', 5, 15)])).toEqual([]);
  });

  it('reports every phrase nested in a long one, not only the first', () => {
    // `outer` covers 0–40; `first` (2–5) and `second` (8–12) both lie inside it.
    const problems = findOverlaps([note('outer', 'p3', 0, 40), note('first', 'p3', 2, 5), note('second', 'p3', 8, 12)]);
    expect(problems).toHaveLength(2);
    expect(problems.map((problem) => problem.file).sort()).toEqual([
      'content/notes/north-korea-russia-partnership-treaty/first.md',
      'content/notes/north-korea-russia-partnership-treaty/second.md',
    ]);
  });
});
