import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { NewArticleRequest } from '../../../../src/lib/import/arguments.ts';
import { articlePaths, paragraphIds, planArticle, type PlanInput } from '../../../../src/lib/import/plan.ts';
import { readReceivedText, sourceMarkdown, type ReceivedText } from '../../../../src/lib/source-text.ts';
import { articleEntrySchema } from '../../../../src/schemas/article-entry.ts';
import { render } from '../../fixtures/processor.ts';
import { receivedBytes } from '../../fixtures/received-text.ts';

const request: NewArticleRequest = {
  file: 'treaty.txt',
  slug: 'treaty-copy',
  lang: 'ar',
  titleSource: 'معاهدة',
  titleEn: 'The treaty',
  description: undefined,
  translator: 'Test',
  published: '2026-12-01',
  headings: { by: 'rule' },
  dryRun: false,
};

function received(bytes: Uint8Array): ReceivedText {
  const read = readReceivedText('treaty.txt', bytes);
  if (!read.text) throw new Error('the text was refused');
  return read.text;
}

/** The plan's input for a received text, rendered by the site's processor with these headings. */
async function input(bytes: Uint8Array, headings: number[]): Promise<PlanInput> {
  const text = received(bytes);
  const { items } = await render(sourceMarkdown(text, new Set(headings), request.lang));
  return { request, contentDir: 'content', bytes, received: text, headings, titles: { source: 'معاهدة', english: 'The treaty', derived: [] }, items };
}

describe('planArticle', () => {
  it('keeps the received file byte for byte and writes the entry and the draft translation beside it', async () => {
    const { plan } = planArticle(await input(receivedBytes, [9, 16]));
    expect(plan?.files.map((file) => file.path)).toEqual(['sources/treaty-copy.ar.txt', 'articles/treaty-copy.yml', 'translations/treaty-copy.en.md']);
    expect(plan?.files[0]?.contents).toEqual(receivedBytes);
  });

  it('numbers the paragraphs p1 to p22 in order and gives lines 9 and 16 the slugs of their text', async () => {
    const { plan } = planArticle(await input(receivedBytes, [9, 16]));
    const addresses = plan?.blocks.map((block) => `${block.line}:${block.address}`);
    expect(addresses?.slice(7, 10)).toEqual(['8:p8', '9:ضربات-الجزاء', '10:p9']);
    expect(addresses?.slice(14, 17)).toEqual(['15:p14', '16:تجنيد-الحلفاء', '17:p15']);
    expect(addresses?.at(-1)).toEqual('24:p22');
  });

  it('writes the heading lines and the paragraph ids into the entry', async () => {
    const { plan } = planArticle(await input(receivedBytes, [9, 16]));
    const entry = articleEntrySchema.parse(parse(String(plan?.files[1]?.contents)));
    expect(entry.headings).toEqual([9, 16]);
    expect(entry.paragraphIds).toEqual(paragraphIds(22));
  });

  it('writes every address into the translation, in source order', async () => {
    const { plan } = planArticle(await input(receivedBytes, [9, 16]));
    const comments = [...String(plan?.files[2]?.contents).matchAll(/<!-- (\S+) -->/g)].map((match) => match[1]);
    expect(comments).toEqual(plan?.blocks.map((block) => block.address));
    expect(comments).toContain('ضربات-الجزاء');
  });

  it('refuses a named heading that would have no address, naming the line', async () => {
    const bytes = new TextEncoder().encode('قالت وسائل الإعلام.\n***\nوأكد الرئيس.\n');
    const { problems } = planArticle(await input(bytes, [2]));
    expect(problems).toHaveLength(1);
    expect(problems?.[0]).toMatchObject({ file: 'content/articles/treaty-copy.yml', where: 'headings (line 2)' });
    expect(problems?.[0]?.problem).toContain('cannot be a heading: its text “***” makes no address');
  });
});

describe('paragraphIds', () => {
  it('numbers paragraphs from p1', () => {
    expect(paragraphIds(3)).toEqual(['p1', 'p2', 'p3']);
  });
});

describe('articlePaths', () => {
  it('names the received text by slug and language, and the translation in English', () => {
    expect(articlePaths('treaty-copy', 'ar-EG')).toEqual({ source: 'sources/treaty-copy.ar-EG.txt', entry: 'articles/treaty-copy.yml', translation: 'translations/treaty-copy.en.md' });
  });
});
