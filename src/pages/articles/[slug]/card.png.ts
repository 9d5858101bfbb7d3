import { rmSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import subsetFont from 'subset-font';
import { articlePaths, getArticles } from '../../../data/library';
import { publisherName } from '../../../lib/export/publisher';
import { fontFaces } from '../../../lib/font-faces';
import { cardSvg } from '../../../lib/links/share-card';
import type { ArticleData } from '../../../schemas/article';

// One Open Graph image per article, both titles on it, drawn at build time from the site's
// own font (Noto Naskh Arabic, the files src/pages/fonts/ cuts down): subset-font writes the
// glyphs the card needs as TrueType, which resvg reads, and resvg shapes the Arabic
// (joining, right to left) with its own HarfBuzz port.
export const getStaticPaths: GetStaticPaths = articlePaths;

const require = createRequire(import.meta.url);
const family = 'Noto Naskh Arabic';

let fonts: Promise<string[]> | undefined;
/**
 * The site's two faces as TrueType files holding the characters of every article's card,
 * cut once per build (cutting them per card was most of a card's cost), in a temporary folder.
 */
function cardFonts(): Promise<string[]> {
  fonts ??= (async () => {
    const text = [publisherName, '…', ...(await getArticles()).flatMap((article) => [article.title.source, article.title.translation])].join('');
    const folder = await mkdtemp(join(tmpdir(), 'card-fonts-'));
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    return Promise.all(
      fontFaces.map(async (face) => {
        const font = await readFile(require.resolve(face.from));
        const file = join(folder, face.file.replace(/\.woff2$/, '.ttf'));
        await writeFile(file, await subsetFont(font, text, { targetFormat: 'truetype' }));
        return file;
      }),
    );
  })();
  return fonts;
}

export const GET: APIRoute<{ article: ArticleData }> = async ({ props: { article } }) => {
  const card = { site: publisherName, sourceTitle: article.title.source, sourceDir: article.source.dir, translationTitle: article.title.translation, fontFamily: family };
  const fontFiles = await cardFonts();
  const png = new Resvg(cardSvg(card), { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: family } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
