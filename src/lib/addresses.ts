import { noteTypes } from './note-types.ts';

// The names build and browser share: a note's address, the id of its title, the attributes
// note marks and copy links carry, and the ids of the page regions scripts look for.
// Imported by the loader, the components and the client scripts alike; each name is its
// own export so that a script bundles only the names it uses.

/** A note's address (its element id and URL fragment): `note-<id>`. */
export const noteAddress = (id: string) => `note-${id}`;

/** The class of a block: its source, its translation and its notes, under its address. */
export const pairClass = 'pair';
/** The class of a block's source text and of its translation, on the element holding the text. */
export const pairSourceClass = 'pair__src';
export const pairTranslationClass = 'pair__tr';
/** The block's number in the margin: the link to its address. */
export const pairLinkClass = 'pair__link';
/** A note: its first paragraph holds its title, the link to the note's own address. */
export const noteClass = 'note';
/** A note's title link, from the note element. */
export const noteTitleWithin = ':scope > p:first-of-type > a';
/**
 * Note marks: the links in a source text. Aligned texts hold no links of their own, so every
 * link there is a mark, and its fragment is its note's address (no class needs writing on
 * each of them).
 */
export const noteMarkSelector = `.${pairSourceClass} a`;
/** Links whose click also copies their full URL: the address links of blocks and notes. */
export const copyLinkSelector = `a.${pairLinkClass}, .${noteClass} > p:first-of-type > a`;
/** The polite live region every page has, for announcements. */
export const announcerId = 'announcer';
export const headerSearchId = 'site-search';
export const searchInputId = 'search-input';
/** The search page's live status line, its result list (whose data-state says where a search is) and its "Show more results" button. */
export const searchStatusId = 'search-status';
export const searchResultsId = 'search-results';
export const searchMoreId = 'search-more';
/** The landmark the skip link jumps to. */
export const mainId = 'main';
export const notesOverviewId = 'notes-overview';
/** The heading of one group of the notes overview. */
export const noteGroupId = (type: string) => `notes-${type}`;
export const notePopoverTitleId = 'note-popover-title';
/** The summary of the article's edition and changes in its facts list. */
export const changeLogId = 'changes';
/** The article's change log page, below the article's own path: `articles/<slug>/changes/`. */
export const changeLogPage = 'changes/';
/** The heading of one edition's changes on the change log page. */
export const editionId = (edition: number) => `edition-${edition}`;
/** The article's open-data section. */
export const dataSectionId = 'data';

/**
 * Ids every article page has besides its addresses; no address may take one of them. A
 * function, not a list, so that scripts importing other names here do not carry it.
 */
export const articlePageIds = (): string[] => [mainId, announcerId, headerSearchId, notesOverviewId, notePopoverTitleId, changeLogId, dataSectionId, ...noteTypes.map(noteGroupId)];

// Links to more than one address, to a phrase, and to an edition (src/lib/links/). The
// build writes the share pages and the citation data with these; the browser reads links.
/** Joins the first and last address of a range in a fragment: `#p3-p7`. */
export const rangeJoiner = '-';
/** URL parameters of a phrase link: the W3C TextQuoteSelector's exact words and their context. */
export const quoteExactParam = 'exact';
export const quotePrefixParam = 'prefix';
export const quoteSuffixParam = 'suffix';
/** URL parameter naming the edition a link or citation was made from: `?edition=2#p7`. */
export const editionParam = 'edition';
/** Attribute on each pair of a marked range: its value says where in the range it stands. */
export const rangeAttribute = 'data-range';
/** The CSS highlight (CSS Custom Highlight API) that marks a linked phrase. */
export const phraseHighlight = 'linked-phrase';
/** The class of the short notices a link's landing writes before the block it lands on. */
export const linkNoticeClass = 'link-notice';
/** The data a page's link, cite and copy controls load on first use: `articles/<slug>/links.json`. */
export const linkDataFile = 'links.json';
/** A paragraph's share page, below the site's base: `articles/<slug>/p7/`. */
export const sharePagePath = (slug: string, address: string) => `articles/${slug}/${address}/`;
/** An article's Open Graph image, below the site's base. */
export const shareImagePath = (slug: string) => `articles/${slug}/card.png`;
