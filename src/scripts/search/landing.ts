/** What a click on a search result hands to the article page, so it can mark the matched words. */
export interface LandingHighlight {
  /** The article page's path, with the site's base. */
  path: string;
  address: string;
  /** The matched words as spelled in the text. */
  words: string[];
}

/** The sessionStorage key both sides use. */
export const landingKey = 'search-landing';
