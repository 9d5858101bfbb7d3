import { describe, expect, it } from 'vitest';
import { articleDataLinks, dataAlternates, dataIndexLink } from '../../../../src/lib/export/data-links.ts';

describe('articleDataLinks', () => {
  it('links an article’s three files, each with its media type and schema, below the base path', () => {
    expect(articleDataLinks('putin-in-pyongyang', '/annotated/').map(({ format, type, href, schema }) => ({ format, type, href, schema: schema.href }))).toEqual([
      { format: 'JSON', type: 'application/json', href: '/annotated/data/articles/putin-in-pyongyang.json', schema: '/annotated/data/schemas/article.schema.json' },
      { format: 'W3C Web Annotations', type: 'application/ld+json', href: '/annotated/data/articles/putin-in-pyongyang.annotations.jsonld', schema: '/annotated/data/schemas/annotations.schema.json' },
      { format: 'TEI P5', type: 'application/tei+xml', href: '/annotated/data/articles/putin-in-pyongyang.tei.xml', schema: '/annotated/data/schemas/tei-annotated-translations.rng' },
    ]);
  });

  it('links the index of every article’s data', () => {
    expect(dataIndexLink('/')).toEqual({ href: '/data/articles.json' });
  });
});

describe('dataAlternates', () => {
  it('gives one <link rel="alternate"> per data file, with its type', () => {
    expect(dataAlternates('putin-in-pyongyang', '/')).toEqual([
      { rel: 'alternate', type: 'application/json', href: '/data/articles/putin-in-pyongyang.json' },
      { rel: 'alternate', type: 'application/ld+json', href: '/data/articles/putin-in-pyongyang.annotations.jsonld' },
      { rel: 'alternate', type: 'application/tei+xml', href: '/data/articles/putin-in-pyongyang.tei.xml' },
    ]);
  });
});
