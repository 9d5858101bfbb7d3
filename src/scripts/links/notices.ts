import { linkNoticeClass } from '../../lib/addresses';

/**
 * Short notices about a link's landing (a range or phrase not found, a paragraph changed
 * since the linked edition), in one fixed region at the foot of the window: shown without
 * moving the text the reader landed on (no layout shift), read out as a status, dismissable.
 */
let region: HTMLElement | undefined;

function notices(): HTMLElement {
  if (region?.isConnected) return region;
  region = document.createElement('div');
  region.className = `${linkNoticeClass} ui`;
  region.setAttribute('role', 'status');
  region.setAttribute('aria-label', 'About this link');
  const list = document.createElement('ul');
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Dismiss';
  close.addEventListener('click', () => clearNotices());
  region.append(list, close);
  document.body.append(region);
  return region;
}

/** Adds a notice: text, optionally followed by a link. */
export function notice(text: string, link?: { href: string; text: string }): HTMLElement {
  const item = document.createElement('li');
  item.textContent = text;
  if (link) {
    const anchor = document.createElement('a');
    anchor.href = link.href;
    anchor.textContent = link.text;
    item.append(' ', anchor);
  }
  notices().querySelector('ul')?.append(item);
  return item;
}

export function clearNotices(): void {
  region?.remove();
  region = undefined;
}
