import { describe, expect, it } from 'vitest';
import { articleJson } from '../../../../src/lib/export/article-json.ts';
import { smallArticle } from '../../fixtures/article-input.ts';
import { exportedArticle, noteFile, testSite } from './support/article.ts';
import { schemaErrors } from './support/json-validation.ts';
import { rebuildReceived } from './support/received.ts';

const exported = async (changes: Parameters<typeof exportedArticle>[0] = {}) => articleJson(await exportedArticle(changes), testSite);

describe('articleJson', () => {
  it('is valid against the article JSON Schema kept in the repository', async () => {
    expect(schemaErrors('article.schema.json', await exported())).toEqual([]);
  });

  it('links to its schema, the article page and its other formats, under the base path', async () => {
    const data = await exported();
    expect(data.$schema).toBe('https://example.org/annotated/data/schemas/article.schema.json');
    expect(data.url).toBe('https://example.org/annotated/articles/putin-in-pyongyang/');
    expect(data.data).toEqual({
      index: 'https://example.org/annotated/data/articles.json',
      annotations: 'https://example.org/annotated/data/articles/putin-in-pyongyang.annotations.jsonld',
      tei: 'https://example.org/annotated/data/articles/putin-in-pyongyang.tei.xml',
    });
  });

  it('gives every block its address, kind, line, verbatim source and translation, and the article its edition', async () => {
    const data = await exported();
    expect(data.edition).toEqual({ number: 1, date: '2026-11-29' });
    expect(data.blocks[1]).toEqual({ address: 'ضربات-الجزاء', kind: 'heading', depth: 2, line: 3, source: 'ضربات الجزاء', translation: { text: 'Penalty kicks' } });
    expect(data.blocks[2]?.translation).toEqual({ text: 'The summit comes as both countries are under sanctions.', html: 'The summit comes as both countries are under <em>sanctions</em>.' });
    expect(data.blocks[0]?.translation?.html).toMatch(/<bdi lang="ar"[^>]*>اليوم الخميس<\/bdi>/);
  });

  it('rebuilds the received file byte for byte from the blocks, the line count and the final line break alone', async () => {
    const data = await exported();
    expect(rebuildReceived(data.blocks.map((block) => ({ line: block.line, text: block.source })), data.source.lineCount, data.source.finalNewline)).toBe(smallArticle.received);
  });

  it('gives every note its type, phrase, position in code points, correction and body as text and HTML', async () => {
    const data = await exported();
    const error = data.notes.find((note) => note.id === 'penalty-kicks');
    expect(error).toMatchObject({ type: 'error', block: 'ضربات-الجزاء', phrase: 'ضربات الجزاء', start: 0, end: 12, correction: 'العقوبات', text: 'ضربات الجزاء are penalty kicks in football.' });
    expect(error?.html).toMatch(/^<p><bdi lang="ar"[^>]*>ضربات الجزاء<\/bdi> are penalty kicks in football\.<\/p>$/);
    expect(data.notes.find((note) => note.id === 'vladimir-putin')).toMatchObject({ type: 'name', entity: 'person' });
    for (const note of data.notes) {
      const block = data.blocks.find((each) => each.address === note.block);
      expect(Array.from(block?.source ?? '').slice(note.start, note.end).join(''), note.id).toBe(note.phrase);
    }
  });

  it('counts a note’s position in code points when the paragraph holds a character outside the Basic Multilingual Plane', async () => {
    const received = smallArticle.received.replace('قال بوتين', 'قال 🇰🇵 بوتين');
    const data = await exported({ received, notes: { 'vladimir-putin': noteFile({ block: 'p1', phrase: 'بوتين', type: 'name', entity: 'person', title: 'Vladimir Putin' }, 'The Russian president.') } });
    expect(data.notes[0]).toMatchObject({ phrase: 'بوتين', start: 7, end: 12 });
  });

  it('lists a draft’s untranslated blocks and gives them no translation', async () => {
    const translation = smallArticle.translation.replace('translator: Annotated Translations editors', 'translator: Annotated Translations editors\ndraft: true').replace('The summit comes as both countries are under *sanctions*.', '');
    const data = await exported({ translation });
    expect(data.translation).toMatchObject({ draft: true, missing: ['p2'] });
    expect(data.blocks[2]?.translation).toBeNull();
    expect(schemaErrors('article.schema.json', data)).toEqual([]);
  });

  it('is refused by the schema when a field is missing or one is added, so the validation can fail', async () => {
    const data = await exported();
    const { slug: _slug, ...withoutSlug } = data;
    expect(schemaErrors('article.schema.json', withoutSlug).join('\n')).toMatch(/slug/);
    expect(schemaErrors('article.schema.json', { ...data, extra: 1 }).join('\n')).toMatch(/additional properties.*extra/);
  });
});
