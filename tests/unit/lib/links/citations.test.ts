import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citedLocator, citedUrl, cslItem, type CitationArticle } from '../../../../src/lib/links/citation-data.ts';
import { formatCitations } from '../../../../src/lib/links/format-citations.ts';

const article: CitationArticle = {
  slug: 'north-korea-russia-partnership-treaty',
  sourceTitle: 'كوريا الشمالية وروسيا تتعهدان بالدعم العسكري المتبادل',
  translationTitle: 'North Korea and Russia pledge mutual military support',
  translator: 'Annotated Translations editors',
  site: 'Annotated Translations',
  edition: { number: 2, date: '1 December 2026' },
  url: 'https://example.org/articles/north-korea-russia-partnership-treaty/',
  language: 'en',
};
const styles = {
  chicago: readFileSync(new URL('../../../../src/lib/links/csl-styles/chicago-fullnote-bibliography.csl', import.meta.url), 'utf8'),
  mla: readFileSync(new URL('../../../../src/lib/links/csl-styles/modern-language-association.csl', import.meta.url), 'utf8'),
};
const accessed = new Date(2026, 11, 3);

describe('citation data', () => {
  it('names the edition in the cited URL and keeps the address as its fragment, Arabic headings percent-encoded', () => {
    expect(citedUrl(article, 'p3-p7', 'edition')).toBe(`${article.url}?edition=2#p3-p7`);
    expect(citedUrl(article, 'ضربات-الجزاء', 'edition')).toBe(`${article.url}?edition=2#${encodeURIComponent('ضربات-الجزاء')}`);
  });

  it('gives paragraphs, ranges, sections and notes their CSL locators', () => {
    expect(citedLocator({ kind: 'paragraphs', first: 7, last: 7, fragment: 'p7' })).toEqual({ label: 'paragraph', locator: '7' });
    expect(citedLocator({ kind: 'paragraphs', first: 3, last: 7, fragment: 'p3-p7' })).toEqual({ label: 'paragraph', locator: '3–7' });
    expect(citedLocator({ kind: 'section', heading: 'ضربات الجزاء', fragment: 'ضربات-الجزاء' })).toEqual({ label: 'section', locator: 'ضربات الجزاء' });
    expect(citedLocator({ kind: 'note', title: 'Kim Jong Un', fragment: 'note-kim-jong-un' })).toEqual({ label: 'note', locator: '“Kim Jong Un”' });
  });

  it('makes one CSL-JSON item with both titles, the translator, the edition and the date accessed', () => {
    const item = cslItem(article, { kind: 'paragraphs', first: 7, last: 7, fragment: 'p7' }, 'https://example.org/x/?edition=2#p7', accessed);
    expect(item).toMatchObject({
      id: 'north-korea-russia-partnership-treaty-p7',
      type: 'webpage',
      title: `${article.translationTitle} [${article.sourceTitle}]`,
      translator: [{ literal: article.translator }],
      edition: '2',
      accessed: { 'date-parts': [[2026, 12, 3]] },
    });
    expect(item).not.toHaveProperty('issued');
  });
});

describe('formatCitations', () => {
  const url = citedUrl(article, 'p3-p7', 'edition');
  const cited = { kind: 'paragraphs' as const, first: 3, last: 7, fragment: 'p3-p7' };
  const forms = formatCitations(cslItem(article, cited, url, accessed), cited, styles);

  it('writes Chicago’s full note and bibliography entry with both titles, the edition, the paragraphs, the date accessed and the address', () => {
    expect(forms.chicago).toBe(
      [
        'Note:',
        `Annotated Translations editors, trans., “North Korea and Russia Pledge Mutual Military Support [${article.sourceTitle}],” Annotated translation, edition 2 of 1 December 2026, Annotated Translations, paras. 3–7, accessed December 3, 2026, ${url}.`,
        '',
        'Bibliography:',
        `Annotated Translations editors, trans. “North Korea and Russia Pledge Mutual Military Support [${article.sourceTitle}].” Annotated translation, edition 2 of 1 December 2026. Annotated Translations. Accessed December 3, 2026. ${url}.`,
      ].join('\n'),
    );
  });

  it('writes the APA reference with its retrieval date and the in-text citation with the paragraphs', () => {
    expect(forms.apa).toContain(`Retrieved December 3, 2026, from ${url}`);
    expect(forms.apa).toContain('[Annotated translation, edition 2 of 1 December 2026]');
    expect(forms.apa).toMatch(/In the text:\n\(.+, n\.d\., paras\. 3–7\)$/);
  });

  it('writes the MLA entry with the edition and the date accessed', () => {
    expect(forms.mla).toContain('Annotated Translations, 2nd ed.');
    expect(forms.mla).toContain(`${url}. Accessed 3 Dec. 2026.`);
  });

  it('writes BibTeX with the URL, BibLaTeX with the URL, the access date and the translator, and CSL-JSON that parses back to the item', () => {
    expect(forms.bibtex).toMatch(/^@misc\{/);
    expect(forms.bibtex).toContain(url);
    // Both titles, the Arabic one as it is written (citation-js would drop it as non-ASCII).
    for (const form of [forms.bibtex, forms.biblatex]) expect(form).toContain(article.sourceTitle);
    expect(forms.biblatex).toMatch(/^@online\{/);
    expect(forms.biblatex).toContain('urldate = {2026-12-03}');
    expect(forms.biblatex).toContain('translator = {{Annotated Translations editors}}');
    expect(forms.biblatex).toContain(`url = {${url}}`);
    expect(JSON.parse(forms.csl)[0].URL).toBe(url);
  });
});
