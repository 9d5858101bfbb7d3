import { describe, expect, it } from 'vitest';
import { indexRecords, parseRecordUrl, recordUrl, type SearchDocument } from '../../../../src/lib/search/records';
import { toSearchText } from '../../../../src/lib/search-analysis';

const document: SearchDocument = {
  slug: 'sample',
  path: 'articles/sample/',
  title: { source: 'مقال', translation: 'Article' },
  source: { lang: 'ar', dir: 'rtl' },
  translation: { lang: 'en', dir: 'ltr' },
  entries: [
    { kind: 'paragraph', address: 'p1', label: 'paragraph 1', source: 'وأكد الرئيس الروسي', translation: 'The Russian president stressed' },
    { kind: 'heading', address: 'ضربات-الجزاء', label: 'heading “Sanctions”', source: 'ضربات الجزاء', translation: 'Sanctions' },
    { kind: 'note', address: 'note-kcna', block: 'p1', label: 'KCNA', noteType: 'name', typeLabel: 'Name', title: 'KCNA', phrase: 'وكالة الأنباء', correction: undefined, body: 'The Korean Central News Agency.' },
  ],
};

describe('indexRecords', () => {
  it('makes one record per side of every block and note, keyed by address and side', () => {
    const records = indexRecords(document);
    expect(records.map((record) => record.url)).toEqual([
      '/articles/sample/?side=source#p1',
      '/articles/sample/?side=translation#p1',
      '/articles/sample/?side=source#ضربات-الجزاء',
      '/articles/sample/?side=translation#ضربات-الجزاء',
      '/articles/sample/?side=source#note-kcna',
      '/articles/sample/?side=translation#note-kcna',
    ]);
  });

  it('indexes the analysed keys, with language and kind as filters', () => {
    const [source, translation, , , noteSource, noteTranslation] = indexRecords(document);
    expect(source).toMatchObject({ content: toSearchText('وأكد الرئيس الروسي'), filters: { kind: ['text'], language: ['ar'] } });
    expect(translation).toMatchObject({ content: toSearchText('The Russian president stressed'), filters: { language: ['en'] } });
    expect(noteSource).toMatchObject({ content: toSearchText('وكالة الأنباء'), filters: { kind: ['note'], language: ['ar'] } });
    expect(noteTranslation?.content).toBe(`${toSearchText('KCNA')} ${toSearchText('The Korean Central News Agency.')}`);
  });

  it('leaves out a side without text', () => {
    const untranslated = { ...document, translation: undefined, entries: [document.entries[0]!] };
    expect(indexRecords(untranslated)).toHaveLength(1);
  });
});

describe('parseRecordUrl', () => {
  it('reads back the path, side and address of a record, Arabic addresses included', () => {
    expect(parseRecordUrl(recordUrl(document, 'ضربات-الجزاء', 'source'))).toEqual({ path: 'articles/sample/', side: 'source', address: 'ضربات-الجزاء' });
    expect(parseRecordUrl('/articles/sample/?side=translation#%D8%B6')).toEqual({ path: 'articles/sample/', side: 'translation', address: 'ض' });
    expect(parseRecordUrl('/elsewhere/')).toBeUndefined();
  });
});
