import { describe, expect, it } from 'vitest';
import { slugInUse } from '../../../../src/lib/import/slug-in-use.ts';
import type { ContentListing } from '../../../../src/lib/library-checks.ts';

const slug = 'north-korea-russia-partnership-treaty';

function listing(changes: Partial<ContentListing> = {}): ContentListing {
  return { articles: [], sources: [], translations: [], notes: [], strays: [], published: [], lockFile: 'content/published-addresses.json', ...changes };
}

describe('slugInUse', () => {
  it('finds a new slug free in a folder holding another article', () => {
    const other = listing({ articles: [{ slug, file: `content/articles/${slug}.yml` }], sources: [{ slug, lang: 'ar', file: `content/sources/${slug}.ar.txt` }], published: [slug] });
    expect(slugInUse('vietnam-visit', other)).toBeUndefined();
  });

  it('refuses the slug of an existing article, naming its entry', () => {
    expect(slugInUse(slug, listing({ articles: [{ slug, file: `content/articles/${slug}.yml` }] }))).toEqual({
      file: 'npm run new-article',
      where: '--slug',
      problem: `"${slug}" is already in use: content/articles/${slug}.yml exists`,
      fix: `choose another slug: an article's slug is its address (/articles/${slug}/) and belongs to one article for good`,
    });
  });

  it('refuses a slug that only a received text, a translation or a note still names', () => {
    expect(slugInUse(slug, listing({ sources: [{ slug, lang: 'ar', file: `content/sources/${slug}.ar.txt` }] }))?.problem).toContain(`content/sources/${slug}.ar.txt exists`);
    expect(slugInUse(slug, listing({ translations: [{ slug, lang: 'en', file: `content/translations/${slug}.en.md` }] }))?.problem).toContain('.en.md exists');
    expect(slugInUse(slug, listing({ notes: [{ slug, id: 'kcna', file: `content/notes/${slug}/kcna.md` }] }))?.problem).toContain('kcna.md exists');
  });

  it('refuses the slug of a published article even when its files are gone', () => {
    expect(slugInUse(slug, listing({ published: [slug] }))?.problem).toBe(`"${slug}" is recorded in content/published-addresses.json as a published article's address`);
  });
});
