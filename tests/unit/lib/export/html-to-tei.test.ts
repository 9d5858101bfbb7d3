import { toXml } from 'xast-util-to-xml';
import { describe, expect, it } from 'vitest';
import { htmlToTei } from '../../../../src/lib/export/tei/html-to-tei.ts';

const tei = (html: string) => toXml(htmlToTei([{ html, where: 'test' }])[0] ?? []);

describe('htmlToTei', () => {
  it('turns emphasis, bold, code and line breaks into emph, hi, code and lb', () => {
    expect(tei('a <em>b</em> <strong>c</strong> <code>d &lt; e</code><br>f')).toBe('a <emph>b</emph> <hi rend="bold">c</hi> <code>d &#x3C; e</code><lb></lb>f');
  });

  it('marks Arabic isolated in <bdi lang="ar"> as foreign with its xml:lang', () => {
    expect(tei('<p>The phrase <bdi lang="ar" dir="rtl">ضربات الجزاء</bdi> means penalty kicks.</p>')).toBe('<p>The phrase <foreign xml:lang="ar">ضربات الجزاء</foreign> means penalty kicks.</p>');
  });

  it('turns links into ref and lists into list and item', () => {
    expect(tei('<p>See <a href="https://example.org/">this</a>.</p><ul><li>one</li><li>two</li></ul>')).toBe('<p>See <ref target="https://example.org/">this</ref>.</p><list rend="bulleted"><item>one</item><item>two</item></list>');
  });

  it('converts many pieces at once, each to its own content, plain text or not', () => {
    const pieces = ['plain', '<em>a</em>', '', '<p>b</p><p>c</p>', 'x &amp; y'].map((html) => ({ html, where: 'test' }));
    expect(htmlToTei(pieces).map((content) => toXml(content))).toEqual(['plain', '<emph>a</emph>', '', '<p>b</p><p>c</p>', 'x &#x26; y']);
  });

  it('names the piece that holds a character XML cannot hold', () => {
    expect(() => htmlToTei([{ html: 'fine', where: 'first' }, { html: '<em>\u000C</em>', where: 'note x' }])).toThrow(/^note x: holds U\+000C/);
  });

  it('keeps the text of an element it has no TEI equivalent for, without its markup', () => {
    expect(tei('<p>a <span class="x">b</span> <abbr title="c">c</abbr> <mark>d</mark></p>')).toBe('<p>a b c d</p>');
  });
});
