import type { Root } from 'hast';
import { h } from 'hastscript';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { documentItemsKey, type DocumentItem } from '../../../src/lib/document-items.ts';
import rehypeDocumentItems from '../../../src/markdown/rehype-document-items.ts';
import { render } from '../fixtures/processor.ts';

const element = (items: readonly DocumentItem[], index: number) => {
  const item = items[index];
  if (item?.item !== 'element') throw new Error(`item ${index} is not an element`);
  return item;
};

describe('rehypeDocumentItems', () => {
  it('reports each top-level block with its tag, line and text, skipping the white space between them', async () => {
    const { items } = await render('## ضربات الجزاء\n\nوتأتي *محادثات* القمة\n');
    expect(items.map((item) => item.item === 'element' && [item.tagName, item.line, item.text])).toEqual([
      ['h2', 1, 'ضربات الجزاء'],
      ['p', 3, 'وتأتي محادثات القمة'],
    ]);
  });

  it('reports the id rehype-slug gave a heading, and none for a paragraph', async () => {
    const { items } = await render('## تجنيد الحلفاء\n\nقال بوتين\n');
    expect(element(items, 0).id).toBe('تجنيد-الحلفاء');
    expect(element(items, 1).id).toBeUndefined();
  });

  it('gives a repeated heading the id with -1, as rehype-slug counts within one document', async () => {
    const { items } = await render('## ضربات الجزاء\n\n## ضربات الجزاء\n');
    expect([element(items, 0).id, element(items, 1).id]).toEqual(['ضربات-الجزاء', 'ضربات-الجزاء-1']);
  });

  it('starts counting repeated headings afresh in each document', async () => {
    expect(element((await render('## ضربات الجزاء\n')).items, 0).id).toBe('ضربات-الجزاء');
    expect(element((await render('## ضربات الجزاء\n')).items, 0).id).toBe('ضربات-الجزاء');
  });

  it('reports a comment as a comment, with its line', async () => {
    const { items } = await render('<!-- p7 -->\nThe new partnership treaty\n');
    expect(items[0]).toEqual({ item: 'comment', value: '<!-- p7 -->', line: 1 });
    expect(element(items, 1).line).toBe(2);
  });

  it('reports block HTML as HTML, trimmed', async () => {
    const { items } = await render('<div class="x">ضربات</div>\n');
    expect(items).toEqual([{ item: 'html', value: '<div class="x">ضربات</div>', line: 1 }]);
  });

  it('lists every element name and inline HTML found inside a block, each once', async () => {
    const { items } = await render('*a* and *b* and [link](x) and <span>c</span> and `d`\n');
    expect(new Set(element(items, 0).inside)).toEqual(new Set(['em', 'a', 'raw', 'code']));
    expect(element(items, 0).inside).toHaveLength(4);
  });

  it('finds elements nested inside other elements', async () => {
    expect(element((await render('**bold [link](x)**\n')).items, 0).inside).toEqual(['strong', 'a']);
  });

  it('gives the block’s children as they are in the tree', async () => {
    const { items } = await render('---\nlang: ar\n---\n\nقال *بوتين*\n');
    expect(element(items, 0).children).toMatchObject([
      { type: 'text', value: 'قال ' },
      { type: 'element', tagName: 'em', children: [{ type: 'text', value: 'بوتين' }] },
    ]);
  });

  it('keeps the author’s frontmatter and adds the items under their own key', () => {
    const tree: Root = h(null, [h('p', 'قال بوتين')]);
    const file = new VFile({ data: { astro: { frontmatter: { title: 'Putin said' } } } });
    unified().use(rehypeDocumentItems).runSync(tree, file);
    const frontmatter = file.data.astro?.frontmatter;
    expect(frontmatter?.['title']).toBe('Putin said');
    expect(frontmatter?.[documentItemsKey]).toHaveLength(1);
  });

  it('creates the frontmatter data when a file has none', () => {
    const file = new VFile();
    unified().use(rehypeDocumentItems).runSync(h(null, [h('p', 'قال بوتين')]), file);
    expect(file.data.astro?.frontmatter?.[documentItemsKey]).toHaveLength(1);
  });

  it('changes nothing in the tree', () => {
    const tree: Root = h(null, [h('h2', { id: 'ضربات-الجزاء' }, 'ضربات الجزاء'), { type: 'text', value: '\n' }, h('p', ['قال ', h('em', 'بوتين')])]);
    const before = structuredClone(tree);
    unified().use(rehypeDocumentItems).runSync(tree, new VFile());
    expect(tree).toEqual(before);
  });

  it('gives line 0 to a node without a position', () => {
    const file = new VFile();
    unified().use(rehypeDocumentItems).runSync(h(null, [h('p', 'قال')]), file);
    const [item] = file.data.astro?.frontmatter?.[documentItemsKey] as DocumentItem[];
    expect(item?.line).toBe(0);
  });
});
