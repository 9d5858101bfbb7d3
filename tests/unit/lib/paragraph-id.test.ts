import type { Root } from 'hast';
import { h } from 'hastscript';
import rehypeSlug from 'rehype-slug';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { addressBlocks, headingSlugs } from '../../../src/lib/paragraph-id';
import { heading, paragraph, seedLine } from './fixtures/article';

const file = 'content/articles/north-korea-russia-partnership-treaty.mdx';

/** The ids rehype-slug itself gives `<h2>`s with these texts, in one document. */
function rehypeSlugIds(texts: readonly string[]): unknown[] {
  const tree: Root = h(null, texts.map((text) => h('h2', text)));
  // rehype-slug adds the ids in place.
  unified().use(rehypeSlug).runSync(tree);
  return tree.children.map((child) => (child.type === 'element' ? child.properties['id'] : undefined));
}

describe('headingSlugs', () => {
  it('joins the words of an Arabic heading with hyphens, keeping the letters', () => {
    expect(headingSlugs(['ضربات الجزاء', 'تجنيد الحلفاء'])).toEqual(['ضربات-الجزاء', 'تجنيد-الحلفاء']);
  });

  it('gives a repeated heading the suffix -1, then -2', () => {
    expect(headingSlugs(['ضربات الجزاء', 'ضربات الجزاء', 'ضربات الجزاء'])).toEqual([
      'ضربات-الجزاء',
      'ضربات-الجزاء-1',
      'ضربات-الجزاء-2',
    ]);
  });

  it('gives headings the slug rehype-slug would give them', () => {
    const texts = ['ضربات الجزاء', 'تجنيد الحلفاء', 'ضربات الجزاء', 'Penalty kicks: “ضربات الجزاء”!', 'المادة 51', 'أيضًا'];
    expect(headingSlugs(texts)).toEqual(rehypeSlugIds(texts));
  });

  it('starts counting duplicates afresh for each document', () => {
    expect(headingSlugs(['ضربات الجزاء'])).toEqual(['ضربات-الجزاء']);
    expect(headingSlugs(['ضربات الجزاء'])).toEqual(['ضربات-الجزاء']);
  });
});

describe('addressBlocks', () => {
  const body = [
    paragraph(seedLine(8), 10),
    heading(seedLine(9), 12),
    paragraph(seedLine(10), 14),
    paragraph(seedLine(11), 16),
    heading(seedLine(16), 18),
    paragraph(seedLine(17), 20),
  ];

  it('gives paragraphs the listed ids in order and headings their slugs', () => {
    const { blocks, problems } = addressBlocks(file, body, ['p8', 'p9', 'p10', 'p15']);
    expect(problems).toEqual([]);
    expect(blocks.map((block) => block.id)).toEqual(['p8', 'ضربات-الجزاء', 'p9', 'p10', 'تجنيد-الحلفاء', 'p15']);
  });

  it('keeps everything else about each block as it was', () => {
    const { blocks } = addressBlocks(file, body, ['p8', 'p9', 'p10', 'p15']);
    expect(blocks.map(({ id: _id, ...rest }) => rest)).toEqual(body);
  });

  it('does not renumber: ids are taken as listed, not counted', () => {
    const { blocks, problems } = addressBlocks(file, body, ['p8', 'p9', 'p23', 'p15']);
    expect(problems).toEqual([]);
    expect(blocks.filter((block) => block.kind === 'paragraph').map((block) => block.id)).toEqual(['p8', 'p9', 'p23', 'p15']);
  });

  it('reports too few ids with both counts and the first paragraph that has none, by line and excerpt', () => {
    const { problems } = addressBlocks(file, body, ['p8', 'p9']);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.file).toBe(file);
    expect(problem?.where).toBe('paragraphIds');
    expect(problem?.problem).toContain('lists 2 ids but the body has 4 paragraphs');
    expect(problem?.problem).toContain('line 16');
    expect(problem?.problem).toContain('“قال بوتين وفي نهاية المناقشات مع كيم، “ن…”');
    expect(problem?.fix).toBeTruthy();
  });

  it('still gives every block a distinct id when ids are missing', () => {
    const { blocks } = addressBlocks(file, body, ['p8']);
    expect(new Set(blocks.map((block) => block.id)).size).toBe(body.length);
  });

  it('reports too many ids with both counts', () => {
    const { problems } = addressBlocks(file, body, ['p8', 'p9', 'p10', 'p15', 'p16']);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toBe('paragraphIds');
    expect(problems[0]?.problem).toContain('lists 5 ids but the body has 4 paragraphs');
  });

  it('reports a paragraph id listed twice, naming the id and both lines', () => {
    const { problems } = addressBlocks(file, body, ['p8', 'p9', 'p8', 'p15']);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toBe('paragraphIds');
    expect(problems[0]?.problem).toContain('"p8"');
    expect(problems[0]?.problem).toContain('lines 10 and 16');
  });

  it('reports a paragraph id that is also a heading slug', () => {
    const { problems } = addressBlocks(file, body, ['p8', 'ضربات-الجزاء', 'p10', 'p15']);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.problem).toContain('"ضربات-الجزاء"');
    expect(problems[0]?.problem).toContain('lines 12 and 14');
  });

  it('gives two headings with the same text different slugs, without a problem', () => {
    const { blocks, problems } = addressBlocks(file, [heading('ضربات الجزاء', 1), paragraph(seedLine(10), 3), heading('ضربات الجزاء', 5)], ['p9']);
    expect(problems).toEqual([]);
    expect(blocks.map((block) => block.id)).toEqual(['ضربات-الجزاء', 'p9', 'ضربات-الجزاء-1']);
  });
});
