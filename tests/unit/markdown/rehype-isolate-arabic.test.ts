import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeIsolateArabic, { isolateArabic } from '../../../src/markdown/rehype-isolate-arabic.ts';
import { render } from '../fixtures/processor.ts';

const bdi = (arabic: string) => `<bdi lang="ar">${arabic}</bdi>`;

function isolated(tree: Root): string {
  isolateArabic(tree);
  return toHtml(tree);
}

describe('isolateArabic', () => {
  it('wraps each Arabic run in English text in <bdi lang="ar">', () => {
    const tree = h(null, [h('p', 'The verb تعرّض also takes لـ, not إلى.')]);
    expect(isolated(tree)).toBe(`<p>The verb ${bdi('تعرّض')} also takes ${bdi('لـ')}, not ${bdi('إلى')}.</p>`);
  });

  it('keeps the quotes and full stop around an Arabic quotation outside the isolate', () => {
    const tree = h(null, [h('p', 'Putin said “نحن نعارض ممارسة فرض عقوبات”.')]);
    expect(isolated(tree)).toBe(`<p>Putin said “${bdi('نحن نعارض ممارسة فرض عقوبات')}”.</p>`);
  });

  it('keeps inner spaces, digits and ellipses in one isolate', () => {
    const tree = h(null, [h('p', 'It cites المادة 51 من ميثاق الأمم المتحدة and writes إلى…فيتنام.')]);
    expect(isolated(tree)).toBe(`<p>It cites ${bdi('المادة 51 من ميثاق الأمم المتحدة')} and writes ${bdi('إلى…فيتنام')}.</p>`);
  });

  it('reaches Arabic inside nested inline elements', () => {
    const tree = h(null, [h('p', ['The heading ', h('em', ['ضربات الجزاء']), ' means “penalty kicks”.'])]);
    expect(isolated(tree)).toBe(`<p>The heading <em>${bdi('ضربات الجزاء')}</em> means “penalty kicks”.</p>`);
  });

  it('wraps Arabic in text directly under the root', () => {
    const tree: Root = { type: 'root', children: [{ type: 'text', value: 'See تجنيد الحلفاء.' }] };
    expect(isolated(tree)).toBe(`See ${bdi('تجنيد الحلفاء')}.`);
  });

  it('leaves English-only text untouched', () => {
    const tree = h(null, [h('p', ['North Korea and Russia pledge ', h('strong', 'military aid'), ' to each other.'])]);
    const before = structuredClone(tree);
    isolateArabic(tree);
    expect(tree).toEqual(before);
  });

  it('leaves text inside an element already marked lang="ar" untouched', () => {
    const tree = h(null, [h('p', ['Source: ', h('span', { lang: 'ar' }, 'ضربات الجزاء'), '.'])]);
    expect(isolated(tree)).toBe('<p>Source: <span lang="ar">ضربات الجزاء</span>.</p>');
  });

  it('leaves text inside a regional Arabic lang, and inside its descendants, untouched', () => {
    const tree = h(null, [h('blockquote', { lang: 'ar-EG' }, [h('p', ['قال ', h('em', 'بوتين')])])]);
    expect(isolated(tree)).toBe('<blockquote lang="ar-EG"><p>قال <em>بوتين</em></p></blockquote>');
  });

  it('leaves text inside an existing <bdi> untouched', () => {
    const tree = h(null, [h('p', ['The word ', h('bdi', 'فيتنام'), ' is Vietnam.'])]);
    expect(isolated(tree)).toBe('<p>The word <bdi>فيتنام</bdi> is Vietnam.</p>');
  });

  it('leaves text inside <code> and <pre> untouched', () => {
    const tree = h(null, [h('p', ['Type ', h('code', 'لـ”معاهدة'), '.']), h('pre', [h('code', 'إلى…فيتنام')])]);
    expect(isolated(tree)).toBe('<p>Type <code>لـ”معاهدة</code>.</p><pre><code>إلى…فيتنام</code></pre>');
  });

  it('still isolates Arabic in an element whose lang is not Arabic', () => {
    const tree = h(null, [h('p', { lang: 'en' }, 'Kim is كيم.')]);
    expect(isolated(tree)).toBe(`<p lang="en">Kim is ${bdi('كيم')}.</p>`);
  });

  it('does not isolate twice when run twice', () => {
    const tree = h(null, [h('p', 'The verb تعرّض also takes لـ.')]);
    isolateArabic(tree);
    const once = toHtml(tree);
    isolateArabic(tree);
    expect(toHtml(tree)).toBe(once);
  });
});

describe('rehypeIsolateArabic', () => {
  const run = (tree: Root, frontmatter?: Record<string, unknown>) => {
    unified()
      .use(rehypeIsolateArabic)
      .runSync(tree, new VFile(frontmatter ? { data: { astro: { frontmatter } } } : {}));
    return toHtml(tree);
  };

  it('isolates Arabic in a document without a language, which is in the site’s English', () => {
    expect(run(h(null, [h('p', 'Vietnam is فيتنام.')]))).toBe(`<p>Vietnam is ${bdi('فيتنام')}.</p>`);
  });

  it('isolates Arabic in a document whose frontmatter says lang: en', () => {
    expect(run(h(null, [h('p', ['Kim ', h('code', 'كيم'), ' is كيم.'])]), { lang: 'en' })).toBe(`<p>Kim <code>كيم</code> is ${bdi('كيم')}.</p>`);
  });

  it('leaves a document whose frontmatter says lang: ar as it is', () => {
    expect(run(h(null, [h('p', 'قال بوتين: Putin')]), { lang: 'ar' })).toBe('<p>قال بوتين: Putin</p>');
  });

  it('leaves a document in a regional Arabic as it is', () => {
    expect(run(h(null, [h('p', 'قال بوتين')]), { lang: 'ar-EG' })).toBe('<p>قال بوتين</p>');
  });

  it('isolates Arabic in a note rendered by the site’s processor, keeping its Markdown', async () => {
    const { html } = await render('---\nblock: p1\n---\n\nThe *Arabic* reads “اليوم الخميس”.\n');
    expect(html).toBe(`<p>The <em>Arabic</em> reads “${bdi('اليوم الخميس')}”.</p>`);
  });

  it('isolates nothing in a received text rendered with lang: ar by the site’s processor', async () => {
    const { html } = await render('---\nlang: ar\n---\n\nقال بوتين Putin\n');
    expect(html).toBe('<p>قال بوتين Putin</p>');
  });
});
