import { describe, expect, it } from 'vitest';
import { ContentError, type ContentProblem, formatProblem, throwIfProblems } from '../../../src/lib/content-error';

const file = 'content/articles/north-korea-russia-partnership-treaty.mdx';

const withFix: ContentProblem = {
  file,
  where: 'paragraphIds',
  problem: 'lists 21 ids but the body has 22 paragraphs',
  fix: 'list exactly one id per paragraph',
};
const withoutFix: ContentProblem = {
  file: 'content/notes/north-korea-russia-partnership-treaty/p1-stray-ellipsis.mdx',
  where: 'phrase',
  problem: '“إلى …فيتنام” does not occur in p1',
};

describe('formatProblem', () => {
  it('names the file, then where in it, then the problem', () => {
    expect(formatProblem(withoutFix)).toBe(
      'content/notes/north-korea-russia-partnership-treaty/p1-stray-ellipsis.mdx → phrase: “إلى …فيتنام” does not occur in p1',
    );
  });

  it('adds the fix on its own indented line', () => {
    expect(formatProblem(withFix)).toBe(
      `${file} → paragraphIds: lists 21 ids but the body has 22 paragraphs\n    Fix: list exactly one id per paragraph`,
    );
  });

  it('leaves out the Fix line when there is no fix', () => {
    expect(formatProblem(withoutFix)).not.toContain('Fix:');
    expect(formatProblem(withoutFix)).not.toContain('\n');
  });
});

describe('ContentError', () => {
  it('is an Error named ContentError that keeps its problems', () => {
    const error = new ContentError([withFix, withoutFix]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.problems).toEqual([withFix, withoutFix]);
  });

  it('says "a problem" when there is one', () => {
    const error = new ContentError([withFix]);
    expect(error.message).toBe(`The content has a problem:\n  ${formatProblem(withFix)}`);
  });

  it('counts the problems and lists every one of them in its message', () => {
    const third: ContentProblem = { file, where: 'heading on line 20', problem: 'the address "ضربات-الجزاء" is used twice' };
    const error = new ContentError([withFix, withoutFix, third]);
    expect(error.message).toMatch(/^The content has 3 problems:\n/);
    for (const problem of [withFix, withoutFix, third]) expect(error.message).toContain(formatProblem(problem));
    expect(error.message).toContain(`${file} → paragraphIds: lists 21 ids`);
    expect(error.message).toContain('    Fix: list exactly one id per paragraph');
    expect(error.message.indexOf(withFix.problem)).toBeLessThan(error.message.indexOf(withoutFix.problem));
    expect(error.message.indexOf(withoutFix.problem)).toBeLessThan(error.message.indexOf(third.problem));
  });
});

describe('throwIfProblems', () => {
  it('does nothing when there are no problems', () => {
    expect(() => throwIfProblems([])).not.toThrow();
  });

  it('throws one ContentError holding every problem', () => {
    let caught: unknown;
    try {
      throwIfProblems([withFix, withoutFix]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ContentError);
    expect(caught instanceof ContentError && caught.problems).toEqual([withFix, withoutFix]);
    expect(caught instanceof ContentError && caught.message).toContain('2 problems');
  });
});
