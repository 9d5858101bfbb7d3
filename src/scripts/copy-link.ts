import { announcerId, copyLinkAttribute } from '../lib/addresses';

/**
 * Links marked `data-copy-link` keep their normal behaviour (they go to the address)
 * and also put the absolute URL on the clipboard, announcing it in the page's status region.
 */
function announce(message: string): void {
  const region = document.getElementById(announcerId);
  if (!region) return;
  // Clearing first makes a repeated message be announced again.
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}

document.addEventListener('click', (event) => {
  const target = event.target;
  if (!(target instanceof Element)) return;
  const link = target.closest<HTMLAnchorElement>(`a[${copyLinkAttribute}]`);
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = link.href;
  const what = link.getAttribute('aria-label') ?? 'Link';
  navigator.clipboard?.writeText(url).then(
    () => {
      link.dataset['copied'] = 'true';
      setTimeout(() => delete link.dataset['copied'], 2000);
      announce(`${what} copied: ${url}`);
    },
    () => announce(`Could not copy the link; the address is ${url}`),
  );
});
