import { describe, expect, it } from 'vitest';
import { parseSearchDocument, sideTexts, type SearchDocument } from '../../../../src/lib/search/search-document';

const sampleDocument: SearchDocument = {
  slug: 'sample',
  path: 'articles/sample/',
  title: { source: 'مقال', translation: 'Article' },
  source: { lang: 'ar', dir: 'rtl' },
  translation: { lang: 'en', dir: 'ltr' },
  entries: [
    { kind: 'paragraph', address: 'p1', label: 'paragraph 1', source: 'وأكد الرئيس الروسي', translation: 'The Russian president stressed', span: [0, 3, 7] },
    { kind: 'note', address: 'note-kcna', block: 'p1', noteType: 'name', title: 'KCNA', phrase: 'وكالة الأنباء', correction: null, body: 'The Korean Central News Agency.', span: [7, 9, 14] },
    { kind: 'heading', address: 'ضربات-الجزاء', label: 'heading “Sanctions”', source: 'ضربات الجزاء', translation: null, span: [14, 16, 16] },
  ],
};

describe('parseSearchDocument', () => {
  it('reads back a document written as JSON', () => {
    expect(parseSearchDocument(JSON.parse(JSON.stringify(sampleDocument)), 'sample.bin')).toEqual(sampleDocument);
  });

  it('names the file and the field that is wrong', () => {
    const broken = JSON.parse(JSON.stringify(sampleDocument));
    broken.entries[1].address = 7;
    expect(() => parseSearchDocument(broken, 'search-data/x.bin')).toThrow('search data search-data/x.bin: entries[1].address is not a string');
    expect(() => parseSearchDocument({ ...sampleDocument, entries: [{ ...sampleDocument.entries[0], span: [3, 1, 7] }] }, 'y')).toThrow('entries[0].span is not in order');
    expect(() => parseSearchDocument({ ...sampleDocument, entries: [{ ...sampleDocument.entries[1], noteType: 'gloss' }] }, 'y')).toThrow('entries[0].noteType is not one of');
    expect(() => parseSearchDocument([], 'z')).toThrow('search data z: document is not an object');
  });
});

describe('sideTexts', () => {
  it('gives a note’s phrase and correction as its source side, its title and body as its translation side', () => {
    const [, note] = sampleDocument.entries;
    expect(note && sideTexts(note, 'source')).toEqual(['وكالة الأنباء', '']);
    expect(note && sideTexts(note, 'translation')).toEqual(['KCNA', 'The Korean Central News Agency.']);
  });

  it('gives an untranslated block an empty translation side', () => {
    const heading = sampleDocument.entries[2];
    expect(heading && sideTexts(heading, 'translation')).toEqual(['']);
  });
});
