import { noteTypes } from './note-types.ts';

// The names build and browser share: a note's address, the id of its title, the attributes
// note marks and copy links carry, and the ids of the page regions scripts look for.
// Imported by the loader, the components and the client scripts alike; each name is its
// own export so that a script bundles only the names it uses.

/** A note's address (its element id and URL fragment): `note-<id>`. */
export const noteAddress = (id: string) => `note-${id}`;

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
/** The summary of the article's changes in its facts, which older editions' links point to. */
export const changeLogId = 'changes';
/** The article's open-data section. */
export const dataSectionId = 'data';

/**
 * Ids every article page has besides its addresses; no address may take one of them. A
 * function, not a list, so that scripts importing other names here do not carry it.
 */
export const articlePageIds = (): string[] => [mainId, announcerId, headerSearchId, notesOverviewId, notePopoverTitleId, changeLogId, dataSectionId, ...noteTypes.map(noteGroupId)];
