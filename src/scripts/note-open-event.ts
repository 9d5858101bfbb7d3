/** Dispatched on a note mark to open its note; the popover code listens for it. */
export const noteOpenEvent = 'note-open';
