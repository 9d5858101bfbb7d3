/**
 * The site's two font files: Noto Naskh Arabic cut down at build time (src/pages/fonts/) to
 * the glyphs the content uses, one file for the Arabic script and one for the Latin
 * characters Arabic text carries (digits, punctuation). Both the endpoint that writes them
 * and the page head that declares them read this list.
 */
export const fontFaces = [
  {
    file: 'naskh-arabic.woff2',
    /** The file it is cut from (the static regular weight), as a module path for require.resolve. */
    from: '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2',
    script: 'arabic',
    unicodeRange: 'U+0600-06FF, U+0750-077F, U+08A0-08FF, U+200C-200E, U+FB50-FDFF, U+FE70-FEFC',
  },
  {
    file: 'naskh-latin.woff2',
    from: '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-latin-400-normal.woff2',
    script: 'latin',
    unicodeRange: 'U+0020-007E, U+00A0-00FF, U+2010-2027, U+2030-205E',
  },
] as const;

/**
 * The OpenType features the cut keeps: those HarfBuzz and the browsers apply to Arabic by
 * default. Left out are the ones nothing on the site turns on (stylistic sets, discretionary
 * ligatures) and `locl`, whose forms are for Urdu, Sindhi and Kashmiri: text marked
 * `lang="ar"` never takes them (tests/build/fonts.test.ts shapes every Arabic word of the
 * built pages with the cut face and with the full font), and they cost a third of a kilobyte.
 */
export const keptFeatures = ['ccmp', 'rvrn', 'isol', 'init', 'medi', 'fina', 'med2', 'fin2', 'fin3', 'rlig', 'calt', 'rclt', 'liga', 'clig', 'mset', 'curs', 'kern', 'mark', 'mkmk', 'dist', 'stch'];

/**
 * The @font-face rules, with URLs below the site's base. `font-display: optional`: the
 * preloaded files almost always arrive before the first paint; when they do not (a slow
 * first visit), the text stays in the fallback face rather than jumping when the font
 * lands, and the next page has the font from the cache. No layout shift, either way.
 */
export function fontFaceCss(url: (file: string) => string): string {
  return fontFaces
    .map((face) => `@font-face{font-family:'Naskh';src:url('${url(`fonts/${face.file}`)}') format('woff2');font-weight:400;font-display:optional;unicode-range:${face.unicodeRange}}`)
    .join('');
}
