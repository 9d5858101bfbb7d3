import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { entryText, type EntryFields } from '../../../../src/lib/import/entry-text.ts';
import { articleEntrySchema } from '../../../../src/schemas/article-entry.ts';

const fields: EntryFields = {
  slug: 'treaty-copy',
  title: 'كوريا الشمالية وروسيا تتعهدان بالدعم العسكري المتبادل',
  description: undefined,
  lang: 'ar',
  published: '2026-12-01',
  headings: [9, 16],
  paragraphIds: ['p1', 'p2', 'p3'],
};

describe('entryText', () => {
  it('writes an entry the site reads: the title, edition 1 on the day of publication, an empty origin, headings and ids', () => {
    expect(articleEntrySchema.parse(parse(entryText(fields)))).toEqual({
      title: fields.title,
      lang: 'ar',
      published: new Date('2026-12-01T00:00:00Z'),
      edition: { number: 1, date: new Date('2026-12-01T00:00:00Z') },
      origin: {},
      headings: [9, 16],
      paragraphIds: ['p1', 'p2', 'p3'],
      retiredIds: {},
      retiredNotes: {},
      changes: [],
    });
  });

  it('says in a comment that origin is left for the author, and what goes in it', () => {
    const text = entryText(fields);
    expect(text).toContain('# origin: what is known of where the text comes from. Left for you to fill in (src/schemas/article-entry.ts):\n');
    expect(text).toMatch(/#   reports: .*\n#   outlet: .*\n#   date: \{ value: YYYY-MM-DD, inferred: .*\n#   remarks: .*\norigin: \{\}\n/);
  });

  it('names the received text in its first comment and writes each list on one line, as the first article does', () => {
    const text = entryText({ ...fields, paragraphIds: Array.from({ length: 40 }, (_, index) => `p${index + 1}`) });
    expect(text.startsWith('# The source text is content/sources/treaty-copy.ar.txt, kept byte for byte as received.\n')).toBe(true);
    expect(text).toContain('\nheadings: [9, 16]\n');
    expect(text).toMatch(/\nparagraphIds: \[p1, p2, .*, p40\]\n$/);
  });

  it('keeps a title or description with quotes, colons and a hash exactly', () => {
    const title = 'بوتين: “لن نتراجع” # "حرفياً"';
    const description = "An Arabic report: Putin's visit, #2 of 3 — with 'quotes'.";
    expect(articleEntrySchema.parse(parse(entryText({ ...fields, title, description })))).toMatchObject({ title, description });
  });

  it('writes an entry without headings as an empty list', () => {
    expect(articleEntrySchema.parse(parse(entryText({ ...fields, headings: [] }))).headings).toEqual([]);
  });
});
