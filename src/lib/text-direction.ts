// Languages written right to left, by primary subtag. Intl.Locale's text info would say the
// same but is not in every runtime the site's code runs in (Node's, the browser's).
const rightToLeft = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** The writing direction of a BCP 47 language tag: `rtl` for Arabic, Persian, Hebrew… and any tag naming the Arabic or Hebrew script. */
export function directionOf(lang: string): 'rtl' | 'ltr' {
  const [primary = '', ...rest] = lang.toLowerCase().split('-');
  if (rest.some((subtag) => subtag === 'arab' || subtag === 'hebr')) return 'rtl';
  if (rest.some((subtag) => subtag === 'latn' || subtag === 'cyrl')) return 'ltr';
  return rightToLeft.has(primary) ? 'rtl' : 'ltr';
}

let englishNames: Intl.DisplayNames | undefined;
/** The English name of a language, for the interface ("Arabic"). */
export function languageName(lang: string): string {
  englishNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
  return englishNames.of(lang) ?? lang;
}

/** The `lang` and `dir` a text needs inside the site's English pages: none when it is in English. */
export const ownLanguage = (text: { lang: string; dir: 'rtl' | 'ltr' }) => (text.lang === 'en' ? {} : { lang: text.lang, dir: text.dir });
