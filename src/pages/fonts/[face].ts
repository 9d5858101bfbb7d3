import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { APIRoute, GetStaticPaths } from 'astro';
import subsetFont from 'subset-font';
import { getArticles } from '../../data/library';
import { arabicGlyphs } from '../../lib/glyph-set';

// The Arabic face is cut down at build time to the glyphs this site's Arabic text uses,
// with harfbuzz keeping the shaping (joining forms, ligatures), and pinned to the regular
// weight: Naskh headings read well in regular at a larger size, and one static weight is
// about 9 KB where the variable font's subset is 16 KB.
const faces = {
  'naskh-arabic.woff2': 'noto-naskh-arabic-arabic-wght-normal.woff2',
  'naskh-latin.woff2': 'noto-naskh-arabic-latin-wght-normal.woff2',
} as const;
type Face = keyof typeof faces;

export const getStaticPaths: GetStaticPaths = () => Object.keys(faces).map((face) => ({ params: { face } }));

const require = createRequire(import.meta.url);

async function arabicTexts(): Promise<string[]> {
  const articles = await getArticles();
  return articles.flatMap((article) => [
    article.title.source,
    ...article.blocks.flatMap((block) => [block.source.text, block.translation?.text ?? '', ...block.notes.flatMap((note) => [note.phrase, note.correction ?? '', note.text])]),
  ]);
}

export const GET: APIRoute = async ({ params }) => {
  const face = params['face'] as Face;
  const file = require.resolve(`@fontsource-variable/noto-naskh-arabic/files/${faces[face]}`);
  const glyphs = arabicGlyphs(await arabicTexts());
  const subset = await subsetFont(await readFile(file), face === 'naskh-arabic.woff2' ? glyphs.arabic : glyphs.latin, {
    targetFormat: 'woff2',
    variationAxes: { wght: 400 },
  });
  return new Response(new Uint8Array(subset), { headers: { 'Content-Type': 'font/woff2' } });
};
