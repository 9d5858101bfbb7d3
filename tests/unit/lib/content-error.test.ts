import { describe, expect, it } from 'vitest';
import { ContentError, type ContentProblem, formatProblem, throwIfProblems } from '../../../src/lib/content-error';

const file = 'content/articles/north-korea-russia-partnership-treaty.yml';

const withFix: ContentProblem = {
  file,
  where: 'paragraphIds',
  problem: 'lists 21 ids but the body has 22 paragraphs',
  fix: 'list exactly one id per paragraph',
};
const inNote: ContentProblem = {
  file: 'content/notes/north-korea-russia-partnership-treaty/p1-stray-ellipsis.md',
  where: 'phrase',
  problem: '“إلى …فيتنام” does not occur in p1',
  fix: 'copy the phrase exactly, character for character, from paragraph p1',
};

describe('formatProblem', () => {
  it('names the file, then where in it, then the problem', () => {
    expect(formatProblem(inNote).split('\n')[0]).toBe('content/notes/north-korea-russia-partnership-treaty/p1-stray-ellipsis.md → phrase: “إلى …فيتنام” does not occur in p1');
  });

  it('adds the fix on its own indented line', () => {
    expect(formatProblem(withFix)).toBe(
      `${file} → paragraphIds: lists 21 ids but the body has 22 paragraphs\n    Fix: list exactly one id per paragraph`,
    );
  });

  it('does not show that a problem is only an unrecorded address', () => {
    expect(formatProblem({ ...withFix, unrecorded: true })).toBe(formatProblem(withFix));
  });
});

describe('ContentError', () => {
  it('is an Error named ContentError that keeps its problems', () => {
    const error = new ContentError([withFix, inNote]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.problems).toEqual([withFix, inNote]);
  });

  it('says "a problem" when there is one', () => {
    const error = new ContentError([withFix]);
    expect(error.message).toBe(`The content has a problem:\n  ${formatProblem(withFix)}`);
  });

  it('counts the problems and lists every one of them in its message', () => {
    const third: ContentProblem = { file, where: 'headings (line 20)', problem: 'the address "ضربات-الجزاء" is used twice', fix: 'every paragraph id must be unique within the article' };
    const error = new ContentError([withFix, inNote, third]);
    expect(error.message).toMatch(/^The content has 3 problems:\n/);
    for (const problem of [withFix, inNote, third]) expect(error.message).toContain(formatProblem(problem));
    expect(error.message).toContain(`${file} → paragraphIds: lists 21 ids`);
    expect(error.message).toContain('    Fix: list exactly one id per paragraph');
    expect(error.message.indexOf(withFix.problem)).toBeLessThan(error.message.indexOf(inNote.problem));
    expect(error.message.indexOf(inNote.problem)).toBeLessThan(error.message.indexOf(third.problem));
  });
});

describe('throwIfProblems', () => {
  it('does nothing when there are no problems', () => {
    expect(() => throwIfProblems([])).not.toThrow();
  });

  it('throws one ContentError holding every problem', () => {
    let caught: unknown;
    try {
      throwIfProblems([withFix, inNote]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ContentError);
    expect(caught instanceof ContentError && caught.problems).toEqual([withFix, inNote]);
    expect(caught instanceof ContentError && caught.message).toContain('2 problems');
  });
});
