// The lower bound: the same article as one hand-written HTML page (the received text from
// content/sources/, its translation block by block, minimal inline CSS, no JavaScript, no
// fonts), generated at bench time into a temporary folder and served like the site.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { directionOf } from '../../lib/text-direction.ts';
import { readArticleText } from './article-text.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CSS = 'body{max-width:42rem;margin:auto;padding:1rem;font:1.1rem/1.7 serif}[lang=en]{font:1rem/1.6 sans-serif;color:#333;margin-block-end:1.5rem}';

/** Writes `articles/<slug>/index.html` and a 404 page under `dir`; returns the page's path and size. */
export function writeBarePage({ dir, contentDir, slug }: { dir: string; contentDir: string; slug: string }): { path: string; bytes: number } {
  const article = readArticleText(contentDir, slug);
  if (article.lines.length !== article.translation.length) {
    throw new Error(`bare page: content/sources/ has ${article.lines.length} blocks of ${slug} but its translation ${article.translation.length}`);
  }
  const headings = new Set(article.entry.headings);
  const blocks = article.lines.map((line, i) => {
    const block = article.translation[i];
    const en = escape((block?.markdown ?? '').replace(/^## /, '').replace(/\s*\n\s*/g, ' '));
    const id = escape(block?.address ?? '');
    if (headings.has(line.line)) return `<h2 id="${id}">${escape(line.text)}</h2>\n<h2 lang="en" dir="ltr">${en}</h2>`;
    return `<p id="${id}">${escape(line.text)}</p>\n<p lang="en" dir="ltr">${en}</p>`;
  });
  const description = (article.translation[0]?.markdown ?? '').slice(0, 150);
  const html = `<!doctype html>
<html lang="${escape(article.entry.lang)}" dir="${directionOf(article.entry.lang)}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escape(article.entry.title)}</title>
<meta name="description" content="${escape(description)}">
<style>${CSS}</style>
<h1>${escape(article.entry.title)}</h1>
${blocks.join('\n')}
</html>
`;
  const page = join(dir, 'articles', slug);
  mkdirSync(page, { recursive: true });
  writeFileSync(join(page, 'index.html'), html);
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>Not found</title><p>Not found</p>\n');
  return { path: `articles/${slug}/`, bytes: Buffer.byteLength(html) };
}
