import { describe, expect, it } from 'vitest';
import { codePoints } from '../../../../src/lib/export/code-points.ts';
import { occurrences } from '../../../../src/lib/export/text-quote.ts';
import { annotationCollection, noteMotivations } from '../../../../src/lib/export/web-annotations.ts';
import type { ArticleData } from '../../../../src/schemas/article.ts';
import type { Annotation } from '../../../../src/schemas/data/annotation-collection.ts';
import { smallArticle } from '../../fixtures/article-input.ts';
import { expand } from './support/anno-context.ts';
import { exportedArticle, noteFile, testSite } from './support/article.ts';
import { schemaErrors } from './support/json-validation.ts';

const oa = 'http://www.w3.org/ns/oa#';
const as = 'http://www.w3.org/ns/activitystreams#';

const collectionOf = async (changes: Parameters<typeof exportedArticle>[0] = {}) => {
  const article = await exportedArticle(changes);
  return { article, collection: annotationCollection(article, testSite) };
};
const items = (collection: ReturnType<typeof annotationCollection>): Annotation[] => collection.first?.items ?? [];
const byNote = (collection: ReturnType<typeof annotationCollection>, address: string) => {
  const found = items(collection).find((item) => item.id.endsWith(`#${address}`));
  if (!found) throw new Error(`no annotation for ${address}`);
  return found;
};
const blockText = (article: ArticleData, source: string) => article.blocks.find((block) => source.endsWith(`#${encodeURIComponent(block.address)}`))?.source.text ?? '';

describe('annotationCollection', () => {
  it('is an AnnotationCollection with every note on one page, valid against its JSON Schema', async () => {
    const { collection } = await collectionOf();
    expect(schemaErrors('annotations.schema.json', collection)).toEqual([]);
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 4, id: 'https://example.org/annotated/data/articles/putin-in-pyongyang.annotations.jsonld' });
    expect(items(collection).map((item) => item.id.split('#')[1])).toEqual(['note-vladimir-putin', 'note-p1-thursday', 'note-penalty-kicks', 'note-sanctions-on-both']);
  });

  it('expands with the kept anno.jsonld context into the Web Annotation vocabulary, dropping nothing', async () => {
    const { collection } = await collectionOf();
    const [expanded] = await expand(collection);
    expect(expanded?.['@type']).toEqual([`${as}OrderedCollection`]);
    const first = (expanded?.[`${as}first`] as Record<string, unknown>[] | undefined)?.[0];
    const list = ((first?.[`${as}items`] as { '@list': Record<string, unknown>[] }[] | undefined)?.[0]?.['@list']) ?? [];
    expect(list).toHaveLength(4);
    for (const annotation of list) {
      expect(annotation['@type']).toEqual([`${oa}Annotation`]);
      const target = (annotation[`${oa}hasTarget`] as Record<string, unknown>[])[0];
      expect(target?.['@type']).toEqual([`${oa}SpecificResource`]);
      const selectors = (target?.[`${oa}hasSelector`] as { '@type': string[] }[]).map((selector) => selector['@type'][0]);
      expect(selectors).toEqual([`${oa}TextQuoteSelector`, `${oa}TextPositionSelector`]);
      expect(String((annotation[`${oa}motivatedBy`] as { '@id': string }[])[0]?.['@id'])).toMatch(new RegExp(`^${oa}`));
    }
  });

  it('fails to expand a term the context does not define, so the check can fail', async () => {
    const { collection } = await collectionOf();
    await expect(expand({ ...collection, unknownTerm: 'x' })).rejects.toThrow();
  });

  it('targets the source paragraph by its URL, with a quote and a position that both find exactly the phrase', async () => {
    const { article, collection } = await collectionOf();
    for (const item of items(collection)) {
      const [quote, position] = item.target.selector;
      const text = blockText(article, item.target.source);
      expect(text, item.id).not.toBe('');
      expect(occurrences(text, quote.prefix + quote.exact + quote.suffix), item.id).toBe(1);
      expect(codePoints(text).slice(position.start, position.end).join(''), item.id).toBe(quote.exact);
      expect(codePoints(text).slice(0, position.start).join('').endsWith(quote.prefix), item.id).toBe(true);
    }
    expect(byNote(collection, 'note-penalty-kicks').target.source).toBe(`https://example.org/annotated/articles/putin-in-pyongyang/#${encodeURIComponent('ضربات-الجزاء')}`);
  });

  it('gives each note a language-tagged body and a motivation that follows its type', async () => {
    const { collection } = await collectionOf();
    const name = byNote(collection, 'note-vladimir-putin');
    expect(name.motivation).toBe('identifying');
    expect(name.label).toBe('Vladimir Putin');
    expect(name.body).toEqual([{ type: 'TextualBody', purpose: 'identifying', value: '<p>The Russian president.</p>', format: 'text/html', language: 'en' }]);
    expect(byNote(collection, 'note-p1-thursday').motivation).toBe('commenting');
    expect(noteMotivations).toEqual({ error: 'editing', style: 'assessing', name: 'identifying', term: 'describing', context: 'commenting' });
  });

  it('gives an error a second body, purpose editing, holding the correction in the source’s language and direction', async () => {
    const { collection } = await collectionOf();
    const error = byNote(collection, 'note-penalty-kicks');
    expect(error.motivation).toBe('editing');
    expect(error.body[0]?.purpose).toBe('commenting');
    expect(error.body[1]).toEqual({ type: 'TextualBody', purpose: 'editing', value: 'العقوبات', format: 'text/plain', language: 'ar', textDirection: 'rtl' });
  });

  it('tells apart a phrase that occurs twice in its paragraph by its context', async () => {
    const received = smallArticle.received.replace('إنه يعارض العقوبات.', 'إنه يعارض العقوبات، والعقوبات.');
    const notes = { second: noteFile({ block: 'p1', phrase: 'العقوبات', occurrence: 2, type: 'context', title: 'Sanctions' }, 'The second mention.') };
    const { article, collection } = await collectionOf({ received, notes });
    const [quote, position] = byNote(collection, 'note-second').target.selector;
    const text = article.blocks[0]?.source.text ?? '';
    expect(position.start).toBe(text.lastIndexOf('العقوبات'));
    expect(occurrences(text, quote.prefix + quote.exact + quote.suffix)).toBe(1);
  });

  it('has no page when the article has no notes', async () => {
    const { collection } = await collectionOf({ notes: {} });
    expect(collection.total).toBe(0);
    expect(collection.first).toBeUndefined();
    expect(schemaErrors('annotations.schema.json', collection)).toEqual([]);
    await expect(expand(collection)).resolves.toHaveLength(1);
  });
});
