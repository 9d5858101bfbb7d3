// The site's Arabic face, cut to the content's glyphs (src/pages/fonts/): every character of
// every Arabic run on the built pages must be in it, shaped as the full font shapes it.
//
// Reads the already built dist/ (run `npm run build` first); DIST_DIR points elsewhere.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fontverter from 'fontverter';
import * as harfbuzz from 'harfbuzzjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { fontFaces } from '../../src/lib/font-faces';
import { splitArabicRuns } from '../../src/lib/script-runs';
import { dist, filesUnder } from './built-site.ts';

const require = createRequire(import.meta.url);

const pageText = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');

/** The two faces as TrueType, in the order of fontFaces (Arabic, then Latin). */
let faces: Uint8Array[] = [];
let arabicRuns: string[] = [];
let pages: { file: string; html: string }[] = [];

beforeAll(async () => {
  pages = filesUnder(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  if (!pages.length) throw new Error(`${dist} holds no pages: run \`npm run build\` first`);
  // One at a time: the WOFF2 decoder's WebAssembly memory is shared, and two decodes at once corrupt each other.
  faces = [];
  for (const face of fontFaces) {
    faces.push(new Uint8Array(await fontverter.convert(readFileSync(join(dist, 'fonts', face.file)), 'truetype')));
  }
  arabicRuns = [...new Set(pages.flatMap(({ html }) => splitArabicRuns(pageText(html)).filter((run) => run.arabic).map((run) => run.text)))];
});

/** The characters a face maps (its cmap). */
const characters = (ttf: Uint8Array) => new Set(new harfbuzz.Face(new harfbuzz.Blob(ttf)).collectUnicodes());

/** Glyph outlines and positions of each run, as HarfBuzz shapes it with `ttf`, for lang="ar". */
function shaped(ttf: Uint8Array, runs: readonly string[]): string[] {
  const font = new harfbuzz.Font(new harfbuzz.Face(new harfbuzz.Blob(ttf)));
  return runs.map((run) => {
    const buffer = new harfbuzz.Buffer();
    buffer.addText(run);
    buffer.guessSegmentProperties();
    buffer.setLanguage('ar');
    harfbuzz.shape(font, buffer);
    const positions = buffer.getGlyphPositions();
    return buffer
      .getGlyphInfos()
      .map((glyph, i) => `${font.glyphToPath(glyph.codepoint)} ${positions[i]?.xAdvance},${positions[i]?.xOffset},${positions[i]?.yOffset}`)
      .join('|');
  });
}

describe('the Arabic face', () => {
  test('every page with Arabic declares both faces, from the files the build wrote', () => {
    const withArabic = pages.filter(({ html }) => /lang="ar"/.test(html));
    expect(withArabic.length).toBeGreaterThan(0);
    for (const { file, html } of withArabic) for (const face of fontFaces) expect(html, file).toContain(`fonts/${face.file}`);
  });

  test('holds every character of every Arabic run on the built pages', () => {
    expect(arabicRuns.length).toBeGreaterThan(0);
    const [arabic, latin] = faces.map(characters);
    const missing = [...new Set(arabicRuns.join(''))].filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      return /\s/.test(char) ? false : /[\u0600-\u08FF\uFB50-\uFEFF]/.test(char) ? !arabic?.has(code) : !latin?.has(code);
    });
    expect(missing, 'characters of Arabic text that the site’s face cannot draw').toEqual([]);
  });

  test('shapes the site’s Arabic exactly as the full font does: joining forms, ligatures, marks', async () => {
    const full = new Uint8Array(await fontverter.convert(readFileSync(require.resolve(fontFaces[0].from)), 'truetype'));
    // Word by word: the space between words is the Latin face's.
    const arabicOnly = [...new Set(arabicRuns.flatMap((run) => run.match(/[\u0600-\u08FF\uFB50-\uFEFF\u200C-\u200F]+/g) ?? []))];
    const cut = faces[0];
    expect(cut).toBeDefined();
    expect(shaped(cut!, arabicOnly)).toEqual(shaped(full, arabicOnly));
  });
});
