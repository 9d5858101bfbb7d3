// What the synthetic generator draws from: the sentences and words of one real article, in
// its source language and its translation.
import { readArticleText } from './article-text.ts';

// Characters Markdown would read as syntax; aligned texts must stay plain text.
const SYNTAX = /[<>{}[\]*_`#|\\~]/g;
const clean = (word: string) => word.replace(SYNTAX, '');
export const plainStart = (word: string) => /^[\p{L}“"(]/u.test(word) && !/^(https?:|www\.)/i.test(word);

function sentencesOf(paragraphs: readonly string[]): string[][] {
  return paragraphs
    .flatMap((text) => text.split(/(?<=[.!?؟])\s+/))
    .map((sentence) => sentence.split(/\s+/).map(clean).filter(Boolean))
    .filter((words) => words.length >= 3);
}

/** What the generator draws from: sentences (as word lists) and single words, per language. */
export interface Pools {
  ar: string[][];
  en: string[][];
  arWords: string[];
  enWords: string[];
}

/** The pools of one real article: its paragraphs (headings left out) in both languages. */
export function loadPools(contentDir: string, slug: string): Pools {
  const article = readArticleText(contentDir, slug);
  const headings = new Set(article.entry.headings);
  const arSentences = sentencesOf(article.lines.filter((line) => !headings.has(line.line)).map((line) => line.text));
  const enSentences = sentencesOf(article.translation.map((block) => block.markdown).filter((block) => block && !block.startsWith('## ')));
  return {
    ar: arSentences,
    en: enSentences,
    arWords: [...new Set(arSentences.flat().filter((w) => /^[\u0621-\u064A]{3,}$/.test(w)))],
    enWords: [...new Set(enSentences.flat().filter((w) => /^[A-Za-z]{4,}$/.test(w)))],
  };
}
