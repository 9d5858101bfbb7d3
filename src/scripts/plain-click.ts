/**
 * The link matching `selector` that a click follows as a plain click does: the main button,
 * no key held but Shift (a new tab or window is left to the browser; Shift is for ranges,
 * src/scripts/copy-link.ts). Null for any other click.
 */
export const clickedLink = (event: MouseEvent, selector: string) =>
  event.button || event.metaKey || event.ctrlKey || event.altKey || !(event.target instanceof Element) ? null : event.target.closest<HTMLAnchorElement>(selector);
