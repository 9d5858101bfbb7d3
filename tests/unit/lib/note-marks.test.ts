import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { noteAddress, noteMarkSelector, pairSourceClass } from '../../../src/lib/addresses.ts';
import { anchorNote, isProblem } from '../../../src/lib/note-anchor.ts';
import { markNotes, type NoteMark } from '../../../src/lib/note-marks.ts';
import { segments } from '../fixtures/processor.ts';
import { sourceLine } from '../fixtures/received-text.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });
const em = (...children: ElementContent[]): ElementContent => ({ type: 'element', tagName: 'em', properties: {}, children });
const plain = (nodes: readonly ElementContent[]) => toString({ type: 'root', children: [...nodes] });

function mark(noteId: string, start: number, end: number): NoteMark {
  return { start, end, href: `#note-${noteId}` };
}

function markAt(noteId: string, within: string, phrase: string, from = 0): NoteMark {
  const start = within.indexOf(phrase, from);
  if (start < 0) throw new Error(`“${phrase}” is not in the text`);
  return mark(noteId, start, start + phrase.length);
}

const link = (noteId: string, inner: string) =>
  `<a href="#note-${noteId}">${inner}</a>`;

describe('markNotes', () => {
  it('wraps a phrase in a link to its note, the note’s address its only attribute', () => {
    const value = 'الذي بدأ زيارة. اليوم إلى…فيتنام لحشد دعم حلفاء بلاده المتبقين.';
    const result = markNotes([text(value)], [markAt('p1-stray-ellipsis', value, 'إلى…فيتنام')]);
    expect(toHtml(result)).toBe(`الذي بدأ زيارة. اليوم ${link('p1-stray-ellipsis', 'إلى…فيتنام')} لحشد دعم حلفاء بلاده المتبقين.`);
  });

  it('leaves the text outside the marks untouched and the whole text unchanged', () => {
    const value = sourceLine(2);
    const result = markNotes([text(value)], [markAt('kcna', value, 'وكالة الأنباء المركزية الكورية')]);
    expect(plain(result)).toBe(value);
    expect(result[0]).toEqual(text(value.slice(0, value.indexOf('وكالة الأنباء'))));
    expect(result.at(-1)).toEqual(text(value.slice(value.indexOf('وكالة الأنباء المركزية الكورية') + 'وكالة الأنباء المركزية الكورية'.length)));
  });

  it('returns the children unchanged when there are no marks', () => {
    const children = [text(sourceLine(9))];
    expect(markNotes(children, [])).toEqual(children);
  });

  it('puts several marks in one text node, whatever order they are given in', () => {
    const value = sourceLine(1);
    const kim = markAt('kim-jong-un', value, 'كيم جونغ أون');
    const putin = markAt('vladimir-putin', value, 'فلاديمير بوتين');
    const thursday = markAt('p1-thursday', value, 'اليوم الخميس');
    const result = markNotes([text(value)], [putin, thursday, kim]);
    const html = toHtml(result);
    expect(html).toContain(link('kim-jong-un', 'كيم جونغ أون'));
    expect(html).toContain(link('vladimir-putin', 'فلاديمير بوتين'));
    expect(html).toContain(link('p1-thursday', 'اليوم الخميس'));
    expect(result.filter((node) => node.type === 'element')).toHaveLength(3);
    expect(plain(result)).toBe(value);
  });

  it('wraps marks that touch, one ending where the next begins', () => {
    const value = 'ضربات الجزاء';
    const result = markNotes([text(value)], [mark('a', 0, 6), mark('b', 6, 12)]);
    expect(toHtml(result)).toBe(`${link('a', 'ضربات ')}${link('b', 'الجزاء')}`);
  });

  it('wraps a whole block and a mark at either end', () => {
    expect(toHtml(markNotes([text('تجنيد الحلفاء')], [mark('recruiting-allies', 0, 13)]))).toBe(link('recruiting-allies', 'تجنيد الحلفاء'));
    expect(toHtml(markNotes([text('تجنيد الحلفاء')], [mark('a', 0, 5), mark('b', 6, 13)]))).toBe(`${link('a', 'تجنيد')} ${link('b', 'الحلفاء')}`);
  });

  it('wraps a phrase inside an <em> inside the <em>', () => {
    const children = [text('الرئيس '), em(text('فلاديمير بوتين')), text('، الذي')];
    const result = markNotes(children, [mark('vladimir-putin', 7, 21)]);
    expect(toHtml(result)).toBe(`الرئيس <em>${link('vladimir-putin', 'فلاديمير بوتين')}</em>، الذي`);
  });

  it('wraps a phrase spanning an <em> boundary piece by piece', () => {
    const children = [text('الرئيس الروسي '), em(text('فلاديمير بوتين')), text('، الذي بدأ')];
    // “الروسي فلاديمير” starts in the first text node and ends inside the <em>.
    const result = markNotes(children, [markAt('putin', plain(children), 'الروسي فلاديمير')]);
    expect(toHtml(result)).toBe(`الرئيس ${link('putin', 'الروسي ')}<em>${link('putin', 'فلاديمير')} بوتين</em>، الذي بدأ`);
    expect(plain(result)).toBe(plain(children));
  });

  it('wraps a phrase running out of an <em> into the text after it', () => {
    const children = [em(text('فلاديمير بوتين')), text('، الذي بدأ')];
    const result = markNotes(children, [markAt('putin', plain(children), 'بوتين، الذي')]);
    expect(toHtml(result)).toBe(`<em>فلاديمير ${link('putin', 'بوتين')}</em>${link('putin', '، الذي')} بدأ`);
  });

  it('counts offsets across earlier marks and elements correctly for a later mark', () => {
    const children = [text('قال '), em(text('بوتين')), text(' وفي نهاية المناقشات مع كيم')];
    const all = plain(children);
    const result = markNotes(children, [markAt('putin', all, 'بوتين'), markAt('kim', all, 'كيم')]);
    expect(toHtml(result)).toBe(`قال <em>${link('putin', 'بوتين')}</em> وفي نهاية المناقشات مع ${link('kim', 'كيم')}`);
  });

  it('does not change the children it is given', () => {
    const children = [text('الرئيس '), em(text('فلاديمير بوتين'))];
    const copy = structuredClone(children);
    markNotes(children, [mark('putin', 3, 12)]);
    expect(children).toEqual(copy);
  });

  it('is what the browser’s scripts select as a mark: a link in a source text, whose fragment is the note’s address', () => {
    const id = 'p1-thursday';
    const html = toHtml(markNotes([text(sourceLine(1))], [markAt(id, sourceLine(1), 'اليوم الخميس')]));
    const [mark] = fromHtml(html, { fragment: true }).children.filter((node) => node.type === 'element');
    expect(noteMarkSelector).toBe(`.${pairSourceClass} a`);
    expect(mark?.tagName).toBe('a');
    expect(mark?.properties).toEqual({ href: `#${noteAddress(id)}` });
  });

  it('marks the phrase anchorNote finds in a block rendered by the site’s processor', async () => {
    const markdown = `---\nlang: ar\n---\n\n${sourceLine(1)}\n\nالرئيس *فلاديمير بوتين*، الذي بدأ زيارة. اليوم إلى…فيتنام\n`;
    for (const segment of await segments('source.ar.txt', markdown)) {
      if (!('block' in segment)) continue;
      const { block } = segment;
      const found = anchorNote({ id: 'p1-stray-ellipsis', file: 'note.md', block: 'p1', blockText: block.text, phrase: 'إلى…فيتنام', occurrence: undefined });
      if (isProblem(found)) throw new Error(found.problem);
      const result = markNotes(block.children, [{ ...found, href: '#n' }]);
      const marked = result.filter((node) => node.type === 'element' && node.tagName === 'a');
      expect(marked.map((node) => toString(node))).toEqual(['إلى…فيتنام']);
      expect(plain(result)).toBe(block.text);
    }
  });

  it('marks the right words after a hard line break in a rendered block', async () => {
    const [segment] = await segments('translation.en.md', '---\nlang: ar\n---\n\nقال بوتين  \nوفي نهاية المناقشات مع كيم\n');
    if (!segment || !('block' in segment)) throw new Error('no block');
    const { block } = segment;
    const found = anchorNote({ id: 'kim', file: 'note.md', block: 'p10', blockText: block.text, phrase: 'كيم', occurrence: undefined });
    if (isProblem(found)) throw new Error(found.problem);
    const result = markNotes(block.children, [{ ...found, href: '#n' }]);
    const marked = result.filter((node) => node.type === 'element' && node.tagName === 'a');
    expect(marked.map((node) => toString(node))).toEqual(['كيم']);
  });
});
