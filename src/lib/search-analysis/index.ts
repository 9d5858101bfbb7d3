/** Search analysis shared by the Pagefind indexer and the in-browser query. */

export { analyse, searchKeys, toSearchText, type AnalysedToken } from './analyse.ts';
export { stemArabic } from './arabic-stem.ts';
export { foldLatin, stemEnglish } from './english-stem.ts';
export { normaliseArabic } from './normalise.ts';
export { isArabicStopWord, isEnglishStopWord } from './stop-words.ts';
export { tokenise, type Token, type TokenKind } from './tokenise.ts';
