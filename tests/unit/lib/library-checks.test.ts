import { describe, expect, it } from 'vitest';
import { checkLibrary, type ContentListing } from '../../../src/lib/library-checks.ts';

const slug = 'north-korea-russia-partnership-treaty';
const lockFile = 'content/published-addresses.json';

/** The content folder of one whole article, as the loader lists it. */
function listing(changes: Partial<ContentListing> = {}): ContentListing {
  return {
    articles: [{ slug, file: `content/articles/${slug}.yml` }],
    sources: [{ slug, lang: 'ar', file: `content/sources/${slug}.ar.txt` }],
    translations: [{ slug, lang: 'en', file: `content/translations/${slug}.en.md` }],
    notes: [
      { slug, id: 'penalty-kicks', file: `content/notes/${slug}/penalty-kicks.md` },
      { slug, id: 'p1-thursday', file: `content/notes/${slug}/p1-thursday.md` },
    ],
    strays: [],
    published: [slug],
    lockFile,
    ...changes,
  };
}

describe('checkLibrary', () => {
  it('finds no problem in a whole article and hands over its files', () => {
    expect(checkLibrary(listing())).toEqual({
      articles: [
        {
          slug,
          entry: `content/articles/${slug}.yml`,
          sources: [{ lang: 'ar', file: `content/sources/${slug}.ar.txt` }],
          translation: { lang: 'en', file: `content/translations/${slug}.en.md` },
          notes: [
            { id: 'penalty-kicks', file: `content/notes/${slug}/penalty-kicks.md` },
            { id: 'p1-thursday', file: `content/notes/${slug}/p1-thursday.md` },
          ],
        },
      ],
      problems: [],
    });
  });

  it('finds no problem in an empty content folder', () => {
    expect(checkLibrary(listing({ articles: [], sources: [], translations: [], notes: [], published: [] }))).toEqual({ articles: [], problems: [] });
  });

  it('reports a note left as .mdx, which the site would silently ignore', () => {
    const stray = `content/notes/${slug}/kcna.mdx`;
    expect(checkLibrary(listing({ strays: [stray] })).problems).toEqual([
      {
        file: stray,
        where: 'file name',
        problem: 'is not a file the site reads, so it would be silently ignored',
        fix: 'name it articles/<slug>.yml, sources/<slug>.<lang>.txt, translations/<slug>.<lang>.md or notes/<slug>/<note id>.md, or remove it',
      },
    ]);
  });

  it('reports every stray, each once', () => {
    const strays = [`content/articles/${slug}.mdx`, 'content/sources/notes.txt', `content/translations/${slug}.en.mdx`];
    expect(checkLibrary(listing({ strays })).problems.map((problem) => problem.file)).toEqual(strays);
  });

  it('reports a received text for an article that does not exist, naming the articles there are', () => {
    const orphan = { slug: 'north-korea-treaty', lang: 'ar', file: 'content/sources/north-korea-treaty.ar.txt' };
    expect(checkLibrary(listing({ sources: [...listing().sources, orphan] })).problems).toEqual([
      { file: orphan.file, where: 'file name', problem: 'names the article "north-korea-treaty", which does not exist', fix: `use one of: ${slug}` },
    ]);
  });

  it('reports a translation for an article that does not exist', () => {
    const orphan = { slug: 'putin-in-hanoi', lang: 'en', file: 'content/translations/putin-in-hanoi.en.md' };
    expect(checkLibrary(listing({ translations: [...listing().translations, orphan] })).problems).toEqual([expect.objectContaining({ file: orphan.file, problem: 'names the article "putin-in-hanoi", which does not exist' })]);
  });

  it('reports a folder of notes for an article that does not exist once, not once per note', () => {
    const notes = [...listing().notes, { slug: 'putin-in-hanoi', id: 'to-lam', file: 'content/notes/putin-in-hanoi/to-lam.md' }, { slug: 'putin-in-hanoi', id: 'hanoi', file: 'content/notes/putin-in-hanoi/hanoi.md' }];
    expect(checkLibrary(listing({ notes })).problems).toEqual([
      { file: 'content/notes/putin-in-hanoi/', where: 'folder name', problem: 'holds notes for the article "putin-in-hanoi", which does not exist', fix: `use one of: ${slug}` },
    ]);
  });

  it('says there are no articles yet when an orphan has no article to name', () => {
    const { problems } = checkLibrary(listing({ articles: [], notes: [], translations: [], published: [] }));
    expect(problems).toEqual([expect.objectContaining({ fix: 'use one of: none yet' })]);
  });

  it('reports an article without a translation, telling which file to add', () => {
    const { articles, problems } = checkLibrary(listing({ translations: [] }));
    expect(problems).toEqual([
      {
        file: `content/articles/${slug}.yml`,
        where: 'translation',
        problem: 'the article has no translation file',
        fix: `add translations/${slug}.en.md (npm run new-article writes a draft with one empty block per line)`,
      },
    ]);
    expect(articles[0]?.translation).toBeUndefined();
  });

  it('reports a second translation of one article and hands over the first', () => {
    const second = { slug, lang: 'fr', file: `content/translations/${slug}.fr.md` };
    const { articles, problems } = checkLibrary(listing({ translations: [...listing().translations, second] }));
    expect(problems).toEqual([{ file: second.file, where: 'file name', problem: `a second translation of "${slug}"`, fix: 'keep one translation per article' }]);
    expect(articles[0]?.translation).toEqual({ lang: 'en', file: `content/translations/${slug}.en.md` });
  });

  it('reports a published article that disappeared, naming the lock file that recorded it', () => {
    const gone = 'putin-in-hanoi';
    expect(checkLibrary(listing({ published: [slug, gone] })).problems).toEqual([
      { file: lockFile, where: gone, problem: `the published article "${gone}" is gone: every link to it would break`, fix: `restore articles/${gone}.yml and its files` },
    ]);
  });

  it('accepts an article not published yet', () => {
    expect(checkLibrary(listing({ published: [] })).problems).toEqual([]);
  });

  it('reports an article whose file name cannot be an address', () => {
    const bad = { slug: 'Putin_in_Hanoi', file: 'content/articles/Putin_in_Hanoi.yml' };
    const { problems } = checkLibrary(listing({ articles: [...listing().articles, bad] }));
    expect(problems).toContainEqual(expect.objectContaining({ file: bad.file, where: 'file name', problem: '"Putin_in_Hanoi" cannot be an article\'s address' }));
  });

  it('reports a note whose file name cannot be an address', () => {
    const bad = { slug, id: 'Kim Jong Un', file: `content/notes/${slug}/Kim Jong Un.md` };
    expect(checkLibrary(listing({ notes: [...listing().notes, bad] })).problems).toEqual([
      { file: bad.file, where: 'file name', problem: '"Kim Jong Un" cannot be a note address', fix: 'name note files with lowercase Latin letters, digits and hyphens' },
    ]);
  });

  it('hands each article only its own files', () => {
    const other = 'putin-in-hanoi';
    const { articles, problems } = checkLibrary(
      listing({
        articles: [...listing().articles, { slug: other, file: `content/articles/${other}.yml` }],
        sources: [...listing().sources, { slug: other, lang: 'ar', file: `content/sources/${other}.ar.txt` }],
        translations: [...listing().translations, { slug: other, lang: 'en', file: `content/translations/${other}.en.md` }],
        notes: [...listing().notes, { slug: other, id: 'to-lam', file: `content/notes/${other}/to-lam.md` }],
      }),
    );
    expect(problems).toEqual([]);
    expect(articles.map((each) => [each.slug, each.sources.length, each.notes.map((note) => note.id)])).toEqual([
      [slug, 1, ['penalty-kicks', 'p1-thursday']],
      [other, 1, ['to-lam']],
    ]);
  });
});
