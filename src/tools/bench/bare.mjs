// The lower bound: the same article as one hand-written HTML page (the seed text as received,
// its translation block by block, minimal inline CSS, no JavaScript, no fonts), generated at
// bench time into a temporary folder and served by the same server as the site.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksOf, body } from './files.mjs';

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CSS = 'body{max-width:42rem;margin:auto;padding:1rem;font:1.1rem/1.7 serif}[lang=en]{font:1rem/1.6 sans-serif;color:#333;margin-block-end:1.5rem}';

/**
 * Writes `articles/<slug>/index.html` under `dir` from the seed (one paragraph a line; the
 * headings are the lines whose translation block is a heading) and the translation's blocks.
 */
export function writeBarePage({ dir, seedFile, contentDir, slug }) {
  const source = readFileSync(seedFile, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
  const translationFile = readdirSync(join(contentDir, 'translations')).find((name) => name.startsWith(`${slug}.`));
  const translation = blocksOf(body(readFileSync(join(contentDir, 'translations', translationFile), 'utf8')));
  if (source.length !== translation.length) {
    throw new Error(`bare page: the seed has ${source.length} lines but the translation ${translation.length} blocks`);
  }
  const title = /^\s+ar:\s*(.+)$/m.exec(readFileSync(join(contentDir, 'articles', `${slug}.mdx`), 'utf8'))?.[1] ?? slug;
  let paragraph = 0;
  const blocks = source.map((line, i) => {
    const en = translation[i];
    if (en.heading) return `<h2>${escape(line)}</h2>\n<h2 lang="en" dir="ltr">${escape(en.text)}</h2>`;
    paragraph += 1;
    return `<p id="p${paragraph}">${escape(line)}</p>\n<p lang="en" dir="ltr">${escape(en.text)}</p>`;
  });
  const html = `<!doctype html>
<html lang="ar" dir="rtl">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escape(title)}</title>
<meta name="description" content="${escape(translation[0].text.slice(0, 150))}">
<style>${CSS}</style>
<h1>${escape(title)}</h1>
${blocks.join('\n')}
</html>
`;
  const page = join(dir, 'articles', slug);
  mkdirSync(page, { recursive: true });
  writeFileSync(join(page, 'index.html'), html);
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>Not found</title><p>Not found</p>\n');
  return { path: `articles/${slug}/`, bytes: Buffer.byteLength(html) };
}
