import { extractFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { segmentDocument, type SegmentedBlock } from '../../../src/lib/blocks.ts';
import type { DocumentItem } from '../../../src/lib/document-items.ts';
import { readReceivedText, sourceMarkdown, type ReceivedText } from '../../../src/lib/source-text.ts';
import { render } from '../fixtures/processor.ts';
import { articleEntry, articleLines, files, receivedBytes, translationMarkdown } from '../fixtures/received-text.ts';

// These tests render through the site's own processor (src/markdown/plugins.ts, with the
// options of astro.config.mjs), as the content loader does: what they see is what the site shows.

function received(lines: readonly string[]): ReceivedText {
  const { text, problems } = readReceivedText(files.source, new TextEncoder().encode(`${lines.join('\n')}\n`));
  if (!text) throw new Error(problems.map((problem) => `${problem.where}: ${problem.problem}`).join('\n'));
  return text;
}

/** Renders received lines as the loader does and returns the processor's items, one per line. */
async function renderLines(lines: readonly string[], headings: ReadonlySet<number> = new Set()): Promise<DocumentItem[]> {
  const { items } = await render(sourceMarkdown(received(lines), headings, 'ar'));
  return items;
}

/** The lines that did not come out as one element of that name holding exactly the line's text and nothing else. */
function changedLines(lines: readonly string[], items: readonly DocumentItem[], tagName = 'p') {
  const changed: { line: string; became: unknown }[] = [];
  lines.forEach((line, index) => {
    const item = items[index];
    const kept = item?.item === 'element' && item.tagName === tagName && item.text === line && item.inside.length === 0;
    if (!kept) changed.push({ line, became: item?.item === 'element' ? { tagName: item.tagName, text: item.text, inside: item.inside } : item });
  });
  return changed;
}

/** A small deterministic random generator, so a failing line can be reproduced. */
function generator(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return Math.floor((state / 2 ** 32) * below);
  };
}

describe('the site’s Markdown processor on the real received text', () => {
  const text = () => {
    const { text: value } = readReceivedText(files.source, receivedBytes);
    if (!value) throw new Error(`${files.source} was refused`);
    return value;
  };
  const rendered = async () => {
    const { items } = await render(sourceMarkdown(text(), new Set(articleEntry.headings), articleEntry.lang));
    return segmentDocument(files.source, items);
  };
  const blocks = async () => (await rendered()).segments.flatMap((segment): SegmentedBlock[] => ('block' in segment ? [segment.block] : []));

  it('makes one block of every line, with no problem and no address marker', async () => {
    const { segments, problems } = await rendered();
    expect(problems).toEqual([]);
    expect(segments).toHaveLength(articleLines.length);
    expect(segments.every((segment) => 'block' in segment)).toBe(true);
  });

  it('keeps the text of every block exactly as its received line, character for character', async () => {
    expect((await blocks()).map((block) => block.text)).toEqual(text().lines.map((line) => line.text));
  });

  it('makes lines 9 and 16 level-2 headings with the ids rehype-slug gives them', async () => {
    const headings = (await blocks()).filter((block) => block.kind === 'heading');
    expect(headings.map((block) => [block.text, block.depth, block.slug])).toEqual([
      ['ضربات الجزاء', 2, 'ضربات-الجزاء'],
      ['تجنيد الحلفاء', 2, 'تجنيد-الحلفاء'],
    ]);
    const all = await blocks();
    expect(all[8]?.kind).toBe('heading');
    expect(all[15]?.kind).toBe('heading');
  });

  it('renders the headings as <h2 id> elements in the HTML', async () => {
    const { html } = await render(sourceMarkdown(text(), new Set(articleEntry.headings), articleEntry.lang));
    expect(html).toContain('<h2 id="ضربات-الجزاء">ضربات الجزاء</h2>');
    expect(html).toContain('<h2 id="تجنيد-الحلفاء">تجنيد الحلفاء</h2>');
  });

  it('makes every other line a paragraph of one text node holding the line', async () => {
    for (const block of (await blocks()).filter((each) => each.kind === 'paragraph')) {
      expect(block.depth).toBe(0);
      expect(block.slug).toBeUndefined();
      expect(block.children).toEqual([expect.objectContaining({ type: 'text', value: block.text })]);
    }
  });

  it('keeps the article’s quote marks, ellipses, tatweel and tanwin untouched, and isolates nothing in an Arabic text', async () => {
    const { html } = await render(sourceMarkdown(text(), new Set(articleEntry.headings), articleEntry.lang));
    for (const fragment of ['لـ”معاهدة', 'إلى…فيتنام', 'أيضًا', 'فردياً', 'وقال: “أريد']) expect(html).toContain(fragment);
    expect(html).not.toContain('<bdi');
    expect(html).not.toContain('&#');
  });
});

// Lines full of what Markdown, GFM and HTML would take as syntax. Each must reach the page as written.
const markdownSyntax = [
  '*x*',
  '_y_',
  '**قوي**',
  '# not a heading',
  '###### ليس عنوانا',
  '1. not a list',
  '1) not a list',
  '- dash',
  '+ plus',
  '* star',
  '> quote',
  '<b>html</b>',
  '<div>block</div>',
  '<!-- p1 -->',
  '&amp;',
  '&#1575;',
  '&#x41; &nbsp; &unknown;',
  '[link](x)',
  '![صورة](a.png)',
  '[ref]: /url',
  'a|b|c',
  '| a | b |',
  '~~del~~',
  '~single~',
  '\\backslash',
  'ends with a backslash\\',
  '`code`',
  '``',
  '```',
  '~~~',
  ' leading space',
  'trailing space ',
  '\tleading tab',
  'trailing tab\t',
  'two trailing spaces  ',
  '    four leading spaces',
  '===',
  '---',
  '***',
  '___',
  '[^1]',
  '[^1]: note',
  '- [ ] task',
  '😀 👨‍👩‍👧 🇸🇦',
  'بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ',
  'كـــبير',
  '\u200Fمرحبا\u200F',
  'a\u00A0b',
  '\u00A0leading no-break space',
  'trailing no-break space\u00A0',
  '"quotes" \'single\' ... -- ---',
  '<',
  '>',
  '&',
  'قال: “نحن نعارض” (2024) {x} $y$ %z ^w^ :smile: @name #tag',
];
// What GFM turns into links without any link syntax: web addresses and e-mail addresses.
const autolinkLiterals = ['www.example.com', 'http://x.y', 'see https://example.com/path.', '<http://x.y>', 'a@b.co', 'راسلونا على info@example.org'];

describe('the site’s Markdown processor on received lines full of Markdown syntax', () => {
  it.each(markdownSyntax)('keeps %j exactly as written, as a paragraph of text only', async (line) => {
    expect(changedLines([line], await renderLines([line]))).toEqual([]);
  });

  it.each(autolinkLiterals)('keeps the address in %j as text, not a link', async (line) => {
    expect(changedLines([line], await renderLines([line]))).toEqual([]);
  });

  it('keeps all of those lines exactly as written when they stand together in one text', async () => {
    const items = await renderLines(markdownSyntax);
    expect(items).toHaveLength(markdownSyntax.length);
    expect(changedLines(markdownSyntax, items)).toEqual([]);
  });

  it('keeps all of those lines exactly as written when they are headings', async () => {
    const items = await renderLines(markdownSyntax, new Set(markdownSyntax.map((_, index) => index + 1)));
    expect(changedLines(markdownSyntax, items, 'h2')).toEqual([]);
  });

  it('keeps 3000 random lines of Markdown syntax, spaces and Arabic exactly as written', async () => {
    const random = generator(20240620);
    // No "@" and no "w": the addresses GFM links by themselves are tested one by one above.
    const pieces = [...'!"#$%&\'()*+,-./:;<=>?[\\]^_`{|}~', ' ', '  ', '\t', '    ', 'a', 'x', '1', '2.', 'ق', 'ال', 'بِسْمِ', 'ـ', '\u00A0', '\u200F', '\u200B', '😀', '&amp;', '&#1575;', '<b>', '</b>', '<!--', '-->', '***', '~~', '```', '[^1]', '](x)', '==', '--', ' #'];
    const lines = Array.from({ length: 3000 }, () => {
      const line = Array.from({ length: 1 + random(8) }, () => pieces[random(pieces.length)]).join('');
      return line.trim() === '' ? `ق${line}` : line;
    });
    const items = await renderLines(lines);
    expect(items).toHaveLength(lines.length);
    expect(changedLines(lines, items)).toEqual([]);
  });

  it('keeps every character of Latin, Arabic, punctuation, symbols and emoji, alone and between letters', async () => {
    const ranges = [
      [0x20, 0x7e],
      [0x80, 0x2ff],
      [0x600, 0x8ff],
      [0x2000, 0x206f],
      [0xfb50, 0xfdff],
      [0xfe70, 0xfeff],
      [0x1f300, 0x1f64f],
    ] as const;
    const characters = ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, index) => String.fromCodePoint(from + index)));
    const lines = characters.flatMap((character) => [`ق${character}ب`, ...(character.trim() === '' ? [] : [character])]);
    const items = await renderLines(lines);
    expect(changedLines(lines, items)).toEqual([]);
  });

  it('either refuses a control character in a received text or shows it unchanged, never another character', async () => {
    const controls = [...Array.from({ length: 0x20 }, (_, code) => code), 0x7f].filter((code) => code !== 0x0a && code !== 0x0d);
    const changed: string[] = [];
    for (const code of controls) {
      const line = `قال${String.fromCharCode(code)}بوتين`;
      const { text } = readReceivedText(files.source, new TextEncoder().encode(`${line}\n`));
      if (!text) continue;
      const [item] = (await render(sourceMarkdown(text, new Set(), 'ar'))).items;
      if (item?.item !== 'element' || item.text !== line) changed.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
    }
    expect(changed).toEqual([]);
  });
});

describe('the site’s Markdown processor on a translation', () => {
  const translation = [
    '---',
    'title: North Korea and Russia pledge military aid',
    'translator: Annotated Translations editors',
    '---',
    '',
    '<!-- p1 -->',
    'North Korean media said today, “اليوم الخميس”, that *both* agreed.',
    '',
    '<!-- ضربات-الجزاء -->',
    '## Sanctions',
    '',
  ].join('\n');

  it('gives the author’s frontmatter back without the items the plugins report', async () => {
    expect((await render(translation)).frontmatter).toEqual({ title: 'North Korea and Russia pledge military aid', translator: 'Annotated Translations editors' });
  });

  it('reports the address comments and the blocks, in order', async () => {
    const { items } = await render(translation);
    expect(items.map((item) => (item.item === 'element' ? item.tagName : item.value))).toEqual(['<!-- p1 -->', 'p', '<!-- ضربات-الجزاء -->', 'h2']);
  });

  it('isolates Arabic quoted in the English text in <bdi lang="ar">, outside the quote marks', async () => {
    const { html } = await render(translation);
    expect(html).toContain('today, “<bdi lang="ar">اليوم الخميس</bdi>”, that <em>both</em> agreed.');
  });

  it('counts item lines from the end of the frontmatter, so that adding its line count gives the file’s lines', async () => {
    const offset = (extractFrontmatter(translation) ?? '').split('\n').length - 1;
    expect((await render(translation)).items.map((item) => item.line + offset)).toEqual([6, 7, 9, 10]);
  });

  it('finds every address comment of the real translation on its line of the file', async () => {
    const offset = (extractFrontmatter(translationMarkdown) ?? '').split('\n').length - 1;
    const lines = translationMarkdown.split('\n');
    const { segments, problems } = segmentDocument(files.translation, (await render(translationMarkdown)).items, offset);
    expect(problems).toEqual([]);
    const markers = segments.flatMap((segment) => ('marker' in segment ? [segment.marker] : []));
    expect(markers).toHaveLength(articleLines.length);
    for (const { address, line } of markers) expect(lines[line - 1]).toBe(`<!-- ${address} -->`);
  });
});
