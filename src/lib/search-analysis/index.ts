/** Search analysis shared by the Pagefind indexer and the in-browser query. */

export { analyse, searchKeys, toSearchText, type AnalysedToken } from './analyse';
export { stemArabic } from './arabic-stem';
export { foldLatin, stemEnglish } from './english-stem';
export { normaliseArabic } from './normalise';
export { isArabicStopWord, isEnglishStopWord } from './stop-words';
export { tokenise, type Token, type TokenKind } from './tokenise';
