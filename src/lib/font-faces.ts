/**
 * The site's Arabic face, Noto Naskh Arabic, in the two files of @fontsource/noto-naskh-arabic
 * it is cut from: one for the Arabic script and one for the Latin characters Arabic text
 * carries (digits, punctuation). src/integrations/font-face-styles.ts cuts both down to the
 * content's glyphs and writes them into the site's stylesheet; the Open Graph card draws with
 * the same files.
 */
export const fontFaces = [
  {
    /** The file of @fontsource/noto-naskh-arabic (the static regular weight) it is cut from. */
    from: 'noto-naskh-arabic-arabic-400-normal.woff2',
    script: 'arabic',
    unicodeRange: 'U+0600-06FF, U+0750-077F, U+08A0-08FF, U+200C-200E, U+FB50-FDFF, U+FE70-FEFC',
  },
  {
    from: 'noto-naskh-arabic-latin-400-normal.woff2',
    script: 'latin',
    unicodeRange: 'U+0020-007E, U+00A0-00FF, U+2010-2027, U+2030-205E',
  },
] as const;

export type FontFace = (typeof fontFaces)[number];

/**
 * The OpenType features the cut keeps: those HarfBuzz and the browsers apply to Arabic by
 * default. Left out are the ones nothing on the site turns on (stylistic sets, discretionary
 * ligatures) and `locl`, whose forms are for Urdu, Sindhi and Kashmiri: text marked
 * `lang="ar"` never takes them (shaping every Arabic run of the site gives the same glyphs
 * and positions with and without it), and they cost a third of a kilobyte.
 */
export const keptFeatures = ['ccmp', 'rvrn', 'isol', 'init', 'medi', 'fina', 'med2', 'fin2', 'fin3', 'rlig', 'calt', 'rclt', 'liga', 'clig', 'mset', 'curs', 'kern', 'mark', 'mkmk', 'dist', 'stch'];

/**
 * The @font-face rules, each face given as a `data:` URL of its WOFF2 file, so the font
 * comes with the stylesheet, in the one request that already blocks the first paint:
 * loaded as files, the two faces took two more connections, and their round trips were the
 * last thing the article's largest paint waited for (Lighthouse mobile: 1,060 ms with
 * the files, 906 ms with this). The text is in Naskh from the first paint, never in a
 * fallback face. `font-display: optional` stays as the rule for a face not yet decoded.
 */
export function fontFaceCss(woff2: ReadonlyMap<FontFace, Uint8Array>): string {
  return fontFaces
    .map((face) => {
      const file = woff2.get(face);
      if (!file) throw new Error(`fontFaceCss: no WOFF2 file was given for the ${face.script} face`);
      return `@font-face{font-family:'Naskh';src:url(data:font/woff2;base64,${Buffer.from(file).toString('base64')}) format('woff2');font-weight:400;font-display:optional;unicode-range:${face.unicodeRange}}`;
    })
    .join('');
}
