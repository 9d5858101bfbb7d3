import type { ArticleData } from '../../schemas/article.ts';
import { displayDate } from '../format-date.ts';
import { languageName } from '../text-direction.ts';
import type { CitationArticle } from './citation-data.ts';

/**
 * What an article page's link, cite and copy code fetches on first use
 * (`articles/<slug>/links.json`): the citation facts and, per address, what a reader calls
 * it and the editions in which it changed. Kept off the page, whose HTML has no room.
 */
export interface LinkData {
  article: CitationArticle;
  /** The names of the article's two languages, in English: the copy dialog offers them. */
  languages: { source: string; translation: string };
  blocks: { address: string; kind: 'paragraph' | 'heading'; label: string; changedIn: number[] }[];
}

/** The link data of an article whose public address is `url`. */
export function linkDataOf(article: ArticleData, url: string, site: string): LinkData {
  return {
    article: {
      slug: article.slug,
      sourceTitle: article.title.source,
      translationTitle: article.title.translation,
      translator: article.translation.translator,
      site,
      edition: { number: article.edition.number, date: displayDate(article.edition.date) },
      url,
      language: article.translation.lang,
    },
    languages: { source: languageName(article.source.lang), translation: languageName(article.translation.lang) },
    blocks: article.blocks.map((block) => ({ address: block.address, kind: block.kind, label: block.label, changedIn: block.changedIn })),
  };
}
