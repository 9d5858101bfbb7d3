import { headerSearchId, searchInputId } from '../lib/addresses';

// Ctrl+K / Cmd+K moves to the search field: the search page's own, or the header's elsewhere.
document.addEventListener('keydown', (event) => {
  if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
  const field = document.querySelector<HTMLInputElement>(`#${searchInputId}, #${headerSearchId}`);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});
