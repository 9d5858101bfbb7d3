/** A click that follows a link as a plain click does: the main button, no key held (a new tab or window is left to the browser). */
export const isPlainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
