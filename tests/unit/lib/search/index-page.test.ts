import { describe, expect, it } from 'vitest';
import { indexArticle, noteWeight, parseIndexSource, sideElementId, sideStarts } from '../../../../src/lib/search/index-page';
import { indexWord, sideKeys } from '../../../../src/lib/search/index-words';
import { sideTexts, type UnplacedEntry } from '../../../../src/lib/search/search-document';

const entries: UnplacedEntry[] = [
  { kind: 'paragraph', address: 'p1', label: 'paragraph 1', source: 'وأكد الرئيس الروسي أن بلاده', translation: 'The Russian president stressed' },
  { kind: 'note', address: 'note-kcna', block: 'p1', noteType: 'name', title: 'KCNA', phrase: 'وكالة الأنباء', correction: null, body: 'The Korean Central News Agency.' },
  { kind: 'paragraph', address: 'p2', label: 'paragraph 2', source: 'ضربات الجزاء', translation: null },
];

describe('indexArticle', () => {
  const { entries: placed, html } = indexArticle(entries);

  it('places the entries one after another, each source side before its translation side', () => {
    let at = 0;
    for (const entry of placed) {
      expect(entry.span[0]).toBe(at);
      expect(entry.span[1] - entry.span[0]).toBe(sideKeys(sideTexts(entry, 'source')).length);
      expect(entry.span[2] - entry.span[1]).toBe(sideKeys(sideTexts(entry, 'translation')).length);
      at = entry.span[2];
    }
    expect(at).toBeGreaterThan(10);
  });

  it('gives an untranslated block an empty translation side, which has no element in the page', () => {
    const p2 = placed[2];
    expect(p2?.span[1]).toBe(p2?.span[2]);
    expect(html).not.toContain(`id="${sideElementId(2, 'translation')}"`);
  });

  it('writes each side as one element of marked index words, notes weighted less', () => {
    expect(html).toContain(`<p id="${sideElementId(0, 'source')}">${sideKeys(['وأكد الرئيس الروسي أن بلاده']).map(indexWord).join(' ')}</p>`);
    expect(html).toContain(`<p id="${sideElementId(1, 'translation')}" data-pagefind-weight="${noteWeight}">`);
    expect(html).toMatch(/^<!doctype html><html lang="zxx">/);
  });

  it('says where every non-empty side must start, by element id', () => {
    const starts = sideStarts(placed);
    expect(starts.get(sideElementId(1, 'source'))).toBe(placed[1]?.span[0]);
    expect(starts.get(sideElementId(1, 'translation'))).toBe(placed[1]?.span[1]);
    expect(starts.has(sideElementId(2, 'translation'))).toBe(false);
  });
});

describe('parseIndexSource', () => {
  it('reads the document and the page, and names the file when either is missing', () => {
    const { entries: placed, html } = indexArticle(entries);
    const document = { slug: 's', path: 'articles/s/', title: { source: 'م', translation: 'A' }, source: { lang: 'ar', dir: 'rtl' }, translation: { lang: 'en', dir: 'ltr' }, entries: placed };
    expect(parseIndexSource(JSON.parse(JSON.stringify({ document, html })), 's.json').html).toBe(html);
    expect(() => parseIndexSource({ document }, 'search-data/s.json')).toThrow('index source search-data/s.json: html is not a string');
  });
});
