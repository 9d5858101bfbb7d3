import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { segmentBlocks } from '../../../src/markdown/segment-blocks';
import { articleLines, headingTexts } from '../lib/fixtures/article';

const file = 'content/articles/north-korea-russia-partnership-treaty.mdx';

/** The seed article as an MDX body: one paragraph per line, the two headings as `##`. */
const body = articleLines.map((line) => (headingTexts.has(line) ? `## ${line}` : line)).join('\n\n');

/** The text a reader sees in the rendered block: its hast text nodes, joined. */
function hastText(nodes: readonly ElementContent[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? hastText(node.children) : '')).join('');
}

describe('segmentBlocks', () => {
  it('makes every line of the article one block, in order, without a problem', () => {
    const { blocks, problems } = segmentBlocks(file, body);
    expect(problems).toEqual([]);
    expect(blocks).toHaveLength(articleLines.length);
  });

  it('keeps the text of every block exactly as in the seed article', () => {
    const { blocks } = segmentBlocks(file, body);
    blocks.forEach((block, index) => expect(block.text).toBe(articleLines[index]));
  });

  it('keeps the article’s quote marks, ellipses, tatweel and tanwin untouched in text and HTML', () => {
    const { blocks } = segmentBlocks(file, body);
    const all = blocks.map((block) => block.text).join('\n');
    const html = blocks.map((block) => toHtml(block.children)).join('\n');
    for (const fragment of ['لـ”معاهدة', 'إلى…فيتنام', 'أيضًا', 'فردياً', 'حلفائها.” يجب', 'وقال: “أريد']) {
      expect(all).toContain(fragment);
      expect(html).toContain(fragment);
    }
    expect(all).not.toContain('...');
    expect(all).not.toContain('&');
  });

  it('marks the two headings as level-2 headings and the rest as paragraphs', () => {
    const { blocks } = segmentBlocks(file, body);
    const headings = blocks.filter((block) => block.kind === 'heading');
    expect(headings.map((block) => [block.text, block.depth])).toEqual([
      ['ضربات الجزاء', 2],
      ['تجنيد الحلفاء', 2],
    ]);
    for (const block of blocks.filter((each) => each.kind === 'paragraph')) expect(block.depth).toBe(0);
  });

  it('gives each block the line it starts on, counting the lines before the body', () => {
    const { blocks } = segmentBlocks(file, body, 27);
    blocks.forEach((block, index) => expect(block.line).toBe(27 + 1 + 2 * index));
  });

  it('counts lines from 1 when no offset is given', () => {
    const { blocks } = segmentBlocks(file, body);
    expect(blocks[0]?.line).toBe(1);
    expect(blocks[8]?.line).toBe(17);
  });

  it('gives a plain paragraph one text node holding its text', () => {
    const { blocks } = segmentBlocks(file, body);
    for (const block of blocks) expect(block.children).toEqual([{ type: 'text', value: block.text, position: expect.anything() }]);
  });

  it('allows emphasis, keeping it as <em> and dropping the asterisks from the text', () => {
    const { blocks, problems } = segmentBlocks(file, 'وكشفت *وكالة الأنباء المركزية الكورية* الرسمية عن النص الكامل لـ”معاهدة الشراكة');
    expect(problems).toEqual([]);
    expect(blocks[0]?.text).toBe('وكشفت وكالة الأنباء المركزية الكورية الرسمية عن النص الكامل لـ”معاهدة الشراكة');
    expect(toHtml(blocks[0]?.children ?? [])).toBe('وكشفت <em>وكالة الأنباء المركزية الكورية</em> الرسمية عن النص الكامل لـ”معاهدة الشراكة');
  });

  it('allows strong emphasis', () => {
    const { blocks, problems } = segmentBlocks(file, 'قال بوتين **نحن نعارض** العقوبات');
    expect(problems).toEqual([]);
    expect(blocks[0]?.text).toBe('قال بوتين نحن نعارض العقوبات');
  });

  it('gives a text that is the concatenation of its HTML text nodes, even across a hard line break', () => {
    const { blocks, problems } = segmentBlocks(file, 'قال بوتين  \nوفي نهاية المناقشات مع كيم');
    expect(problems).toEqual([]);
    const [block] = blocks;
    expect(block).toBeDefined();
    if (!block) return;
    expect(block.text).toBe(hastText(block.children));
    // The two words either side of the break must not run together.
    expect(block.text).not.toContain('بوتينوفي');
  });

  it('gives a text that is the concatenation of its HTML text nodes with emphasis and code', () => {
    const { blocks } = segmentBlocks(file, 'The verb *تعرّض* takes `لـ`, not **إلى**.');
    const [block] = blocks;
    expect(block?.text).toBe('The verb تعرّض takes لـ, not إلى.');
    expect(block && hastText(block.children)).toBe(block?.text);
  });

  describe('reports, with its line, and does not silently drop', () => {
    // Each case: a construct, on line 3 of the body, between two good paragraphs.
    const cases: [name: string, markdown: string][] = [
      ['a bulleted list', '- كيم\n- بوتين'],
      ['a numbered list', '1. كيم\n2. بوتين'],
      ['a block quote', '> نحن نعارض ممارسة فرض عقوبات'],
      ['a fenced code block', '```\nالمادة 51\n```'],
      ['a thematic break', '---'],
      ['a thematic break of asterisks', '***'],
      ['a JSX element', '<Foo />'],
      ['an HTML element', '<div>ضربات الجزاء</div>'],
      ['an MDX expression', '{1+1}'],
      ['an inline MDX expression', 'المادة {51} من ميثاق'],
      ['inline JSX in a paragraph', 'قال <b>بوتين</b> ذلك'],
      ['a link in a paragraph', 'ذكرت وكالة [بلومبرج](https://www.bloomberg.com) ذلك'],
      ['an image in a paragraph', 'صورة ![بوتين](putin.jpg) هنا'],
      ['a table', '| أ | ب |\n| - | - |\n| 1 | 2 |'],
    ];
    for (const [name, markdown] of cases) {
      it(name, () => {
        const { blocks, problems } = segmentBlocks(file, `ضربات الجزاء\n\n${markdown}\n\nتجنيد الحلفاء`, 10);
        expect(problems).toHaveLength(1);
        expect(problems[0]?.file).toBe(file);
        expect(problems[0]?.where).toBe('line 13');
        expect(problems[0]?.problem).toContain('not allowed');
        expect(problems[0]?.fix).toBeTruthy();
        expect(blocks.map((block) => block.text)).toEqual(['ضربات الجزاء', 'تجنيد الحلفاء']);
      });
    }
  });

  it('reports every offending construct, not only the first', () => {
    const { problems } = segmentBlocks(file, 'كيم\n\n- بوتين\n\n> قال\n\n<Foo />\n\nبيونغ يانغ');
    expect(problems.map((problem) => problem.where)).toEqual(['line 3', 'line 5', 'line 7']);
  });

  it('names a block quote as a block quote, not as the paragraph inside it', () => {
    const { problems } = segmentBlocks(file, '> نحن نعارض ممارسة فرض عقوبات');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.problem).toMatch(/blockquote|block quote/);
    expect(problems[0]?.problem).not.toMatch(/^a paragraph is not allowed/);
  });

  it('gives the line of a link on a later line of a paragraph', () => {
    const { problems } = segmentBlocks(file, 'ذكرت وكالة\nبلومبرج [الخبر](https://example.com)', 4);
    expect(problems.map((problem) => problem.where)).toEqual(['line 6']);
  });
});
