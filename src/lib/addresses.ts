import { noteTypes } from './note-types.ts';

// The names build and browser share: a note's address, the id of its title, the attributes
// note marks and copy links carry, and the ids of the page regions scripts look for.
// Imported by the loader, the components and the client scripts alike; each name is its
// own export so that a script bundles only the names it uses.

/** A note's address (its element id and URL fragment): `note-<id>`. */
export const noteAddress = (id: string) => `note-${id}`;
/** The id of the element holding a note's title, which names the note and describes its marks. */
export const noteTitleId = (address: string) => `${address}-title`;

export const noteMarkClass = 'note-mark';
/** On a note mark: the id of the note it opens. */
export const noteAttribute = 'data-note';
/** The selector for note marks. */
export const noteMarkSelector = `a.${noteMarkClass}[${noteAttribute}]`;
/** On a link whose click also copies its URL. */
export const copyLinkAttribute = 'data-copy-link';
/** The polite live region every page has, for announcements. */
export const announcerId = 'announcer';
export const headerSearchId = 'site-search';
export const searchInputId = 'search-input';
/** The landmark the skip link jumps to. */
export const mainId = 'main';
export const notesOverviewId = 'notes-overview';
/** The heading of one group of the notes overview. */
export const noteGroupId = (type: string) => `notes-${type}`;
export const notePopoverTitleId = 'note-popover-title';

/**
 * Ids every article page has besides its addresses; no address may take one of them. A
 * function, not a list, so that scripts importing other names here do not carry it.
 */
export const articlePageIds = (): string[] => [mainId, announcerId, headerSearchId, notesOverviewId, notePopoverTitleId, ...noteTypes.map(noteGroupId)];
