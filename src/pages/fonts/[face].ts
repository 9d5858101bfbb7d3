import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { APIRoute, GetStaticPaths } from 'astro';
import subsetFont from 'subset-font';
import { getArticles } from '../../data/library';
import { fontFaces, keptFeatures } from '../../lib/font-faces';
import { arabicGlyphs } from '../../lib/glyph-set';

// The Arabic face is cut down at build time to the glyphs this site's Arabic text uses,
// with harfbuzz keeping the shaping (joining forms, ligatures). One static weight, the
// regular: Naskh headings read well in regular at a larger size, and its subset is smaller
// than the variable font's, even pinned to the same weight.
type Face = (typeof fontFaces)[number];

export const getStaticPaths: GetStaticPaths = () => fontFaces.map((face) => ({ params: { face: face.file }, props: { face } }));

const require = createRequire(import.meta.url);

let glyphs: Promise<{ arabic: string; latin: string }> | undefined;
/** The characters to keep, from every Arabic text of the site: worked out once for both files. */
function siteGlyphs() {
  glyphs ??= getArticles().then((articles) =>
    arabicGlyphs(
      articles.flatMap((article) => [
        article.title.source,
        ...article.blocks.flatMap((block) => [block.source.text, block.translation?.text ?? '', ...block.notes.flatMap((note) => [note.phrase, note.correction ?? '', note.text])]),
      ]),
    ),
  );
  return glyphs;
}

export const GET: APIRoute<{ face: Face }> = async ({ props: { face } }) => {
  const file = require.resolve(face.from);
  const subset = await subsetFont(await readFile(file), (await siteGlyphs())[face.script], { targetFormat: 'woff2', keepFeatures: keptFeatures });
  return new Response(new Uint8Array(subset), { headers: { 'Content-Type': 'font/woff2' } });
};
