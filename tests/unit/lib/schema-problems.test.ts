import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../../src/lib/schema-problems.ts';
import { articleEntrySchema } from '../../../src/schemas/article-entry.ts';
import { noteEntrySchema } from '../../../src/schemas/note-entry.ts';

const file = 'content/articles/north-korea-russia-partnership-treaty.yml';
const fix = 'see the fields in src/schemas/article-entry.ts';

describe('schemaProblems', () => {
  it('names the field of each issue by its path', () => {
    expect(schemaProblems(file, [{ path: ['origin', 'date', 'value'], message: 'a date written YYYY-MM-DD' }], fix)).toEqual([{ file, where: 'origin.date.value', problem: 'a date written YYYY-MM-DD', fix }]);
  });

  it('names an item of a list by its index', () => {
    expect(schemaProblems(file, [{ path: ['paragraphIds', 3], message: 'a paragraph id is "p" followed by a number' }], fix)[0]?.where).toBe('paragraphIds.3');
  });

  it('names the frontmatter when an issue has no path', () => {
    expect(schemaProblems(file, [{ path: [], message: 'expected an object' }], fix)[0]?.where).toBe('frontmatter');
  });

  it('lists the fields it does not know', () => {
    expect(schemaProblems(file, [{ path: [], message: 'Unrecognized keys', code: 'unrecognized_keys', keys: ['titel', 'autor'] }], fix)[0]?.problem).toBe('has fields it does not know: titel, autor');
  });

  it('turns every issue of the article schema into a problem naming its field', () => {
    const parsed = articleEntrySchema.safeParse({ title: 'كوريا الشمالية وروسيا', lang: 'ar', published: '2026-13-45', edition: { number: 1, date: '2026-11-29' }, paragraphIds: ['p1', 'P2'], titel: 'x' });
    if (parsed.success) throw new Error('the entry was accepted');
    const problems = schemaProblems(file, parsed.error.issues, fix);
    expect(problems.map((problem) => problem.where).sort()).toEqual(['frontmatter', 'paragraphIds.1', 'published']);
    expect(problems.find((problem) => problem.where === 'frontmatter')?.problem).toBe('has fields it does not know: titel');
    expect(problems.every((problem) => problem.file === file && problem.fix === fix)).toBe(true);
  });

  it('names the correction a note of type error lacks', () => {
    const parsed = noteEntrySchema.safeParse({ block: 'ضربات-الجزاء', phrase: 'ضربات الجزاء', type: 'error', title: 'Penalty kicks' });
    if (parsed.success) throw new Error('the note was accepted');
    expect(schemaProblems('note.md', parsed.error.issues, fix)).toEqual([{ file: 'note.md', where: 'correction', problem: 'a note of type "error" needs a "correction"', fix }]);
  });

  it('asks a name note what it names, and refuses that field on other notes', () => {
    const name = noteEntrySchema.safeParse({ block: 'p1', phrase: 'كيم جونغ أون', type: 'name', title: 'Kim Jong Un' });
    if (name.success) throw new Error('the note was accepted');
    expect(schemaProblems('note.md', name.error.issues, fix).map((problem) => [problem.where, problem.problem])).toEqual([['entity', 'a note of type "name" needs an "entity": person, organisation or place']]);
    const term = noteEntrySchema.safeParse({ block: 'p1', phrase: 'المادة 51', type: 'term', title: 'Article 51', entity: 'place' });
    if (term.success) throw new Error('the note was accepted');
    expect(schemaProblems('note.md', term.error.issues, fix).map((problem) => problem.where)).toEqual(['entity']);
    expect(noteEntrySchema.safeParse({ block: 'p1', phrase: 'كيم جونغ أون', type: 'name', entity: 'person', title: 'Kim Jong Un' }).success).toBe(true);
  });
});
