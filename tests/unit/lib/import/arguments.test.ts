import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../../../src/lib/content-error.ts';
import { defaultTranslator, parseNewArticleArguments, type NewArticleRequest } from '../../../../src/lib/import/arguments.ts';

const today = '2026-12-01';
const base = ['treaty.txt', '--slug', 'treaty', '--lang', 'ar'];

function accepted(args: readonly string[]): NewArticleRequest {
  const parsed = parseNewArticleArguments(args, today);
  if (parsed.kind !== 'request') throw new Error(`refused: ${JSON.stringify(parsed)}`);
  return parsed.request;
}

function refused(args: readonly string[]): ContentProblem {
  const parsed = parseNewArticleArguments(args, today);
  if (parsed.kind !== 'problem') throw new Error(`accepted: ${JSON.stringify(parsed)}`);
  expect(parsed.problem.file).toBe('npm run new-article');
  expect(parsed.problem.fix).not.toBe('');
  return parsed.problem;
}

describe('parseNewArticleArguments', () => {
  it('reads the file, slug and language, and fills in today, the editors as translator and the heading rule', () => {
    expect(accepted(base)).toEqual({
      file: 'treaty.txt',
      slug: 'treaty',
      lang: 'ar',
      titleSource: undefined,
      titleEn: undefined,
      description: undefined,
      translator: defaultTranslator,
      published: today,
      headings: { by: 'rule' },
      dryRun: false,
    });
  });

  it('reads every option, with the titles in their languages', () => {
    const request = accepted([
      ...base,
      '--title-source',
      'كوريا الشمالية وروسيا تتعهدان بالدعم العسكري المتبادل',
      '--title-en=North Korea and Russia pledge mutual military support',
      '--description',
      'An Arabic news report.',
      '--translator',
      'Test',
      '--published',
      '2026-11-29',
      '--headings',
      '16, 9',
      '--dry-run',
    ]);
    expect(request).toMatchObject({
      titleSource: 'كوريا الشمالية وروسيا تتعهدان بالدعم العسكري المتبادل',
      titleEn: 'North Korea and Russia pledge mutual military support',
      description: 'An Arabic news report.',
      translator: 'Test',
      published: '2026-11-29',
      headings: { by: 'lines', lines: [9, 16] },
      dryRun: true,
    });
  });

  it('takes --no-headings as no headings at all', () => {
    expect(accepted([...base, '--no-headings']).headings).toEqual({ by: 'none' });
  });

  it('accepts a value that starts with a dash when it is written with "="', () => {
    expect(accepted([...base, '--title-en=-30 degrees in Pyongyang']).titleEn).toBe('-30 degrees in Pyongyang');
  });

  it('asks for help when --help is given', () => {
    expect(parseNewArticleArguments(['--help'], today)).toEqual({ kind: 'help' });
  });

  it('refuses a command without the received text file', () => {
    expect(refused(['--slug', 'treaty', '--lang', 'ar'])).toMatchObject({ where: '<file.txt>', problem: 'the received text file is missing' });
  });

  it('refuses a second file, which is usually an unquoted title', () => {
    const problem = refused([...base, '--title-en', 'North', 'Korea']);
    expect(problem).toMatchObject({ where: 'Korea', problem: 'is a second file (the command takes one: treaty.txt, Korea)' });
    expect(problem.fix).toContain('quote a value that holds spaces');
  });

  it('refuses a command without --slug', () => {
    expect(refused(['treaty.txt', '--lang', 'ar'])).toMatchObject({ where: '--slug', problem: 'is missing' });
  });

  it('refuses a slug that is not URL-safe, saying what a slug may hold', () => {
    for (const slug of ['Treaty', 'north_korea', 'north--korea', '-treaty', 'معاهدة', 'a/b']) {
      const problem = refused(['treaty.txt', `--slug=${slug}`, '--lang', 'ar']);
      expect(problem.where).toBe('--slug');
      expect(problem.problem).toBe(`"${slug}" is not URL-safe: the slug is the article's address, /articles/<slug>/`);
      expect(problem.fix).toContain('lowercase Latin letters, digits and single hyphens');
    }
  });

  it('refuses a command without --lang', () => {
    expect(refused(['treaty.txt', '--slug', 'treaty'])).toMatchObject({ where: '--lang', problem: 'is missing' });
  });

  it('refuses a language Intl does not know, and a tag that is not well formed', () => {
    expect(refused(['treaty.txt', '--slug', 'treaty', '--lang', 'xx'])).toMatchObject({ where: '--lang', problem: '"xx" is well formed but names no language Intl knows' });
    expect(refused(['treaty.txt', '--slug', 'treaty', '--lang', 'Arabic'])).toMatchObject({ where: '--lang', problem: '"Arabic" is not a language tag in the form the site uses' });
  });

  it('refuses a publication day that is not a calendar date', () => {
    expect(refused([...base, '--published', '29/11/2026'])).toMatchObject({ where: '--published', problem: '"29/11/2026" is not a calendar date written YYYY-MM-DD' });
    expect(refused([...base, '--published', '2026-13-01']).where).toBe('--published');
  });

  it('refuses heading lines that are not line numbers', () => {
    expect(refused([...base, '--headings', '9,x'])).toMatchObject({ where: '--headings', problem: '"9,x" is not a list of line numbers ("x" is not a line number)' });
    expect(refused([...base, '--headings', '0']).where).toBe('--headings');
  });

  it('refuses --headings together with --no-headings', () => {
    expect(refused([...base, '--headings', '9', '--no-headings'])).toMatchObject({ where: '--no-headings', problem: 'contradicts --headings' });
  });

  it('refuses an option the command does not have', () => {
    expect(refused([...base, '--title', 'معاهدة'])).toMatchObject({ where: '--title', problem: 'is not an option of this command' });
  });

  it('refuses an option given twice', () => {
    expect(refused([...base, '--slug', 'other'])).toMatchObject({ where: '--slug', problem: 'is given twice' });
  });

  it('refuses an option whose value was forgotten, at the end or before another option', () => {
    expect(refused(['treaty.txt', '--lang', 'ar', '--slug'])).toMatchObject({ where: '--slug', problem: 'has no value (it is the last word)' });
    expect(refused(['treaty.txt', '--slug', '--lang', 'ar'])).toMatchObject({ where: '--slug', problem: 'has no value (the next word, --lang, is an option)' });
  });

  it('refuses an empty value', () => {
    expect(refused([...base, '--title-source', ' '])).toMatchObject({ where: '--title-source', problem: 'is empty' });
  });

  it('refuses a value on an option that takes none', () => {
    expect(refused([...base, '--dry-run=yes'])).toMatchObject({ where: '--dry-run', problem: 'takes no value (got "yes")' });
  });
});
