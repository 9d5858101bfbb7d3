// Ctrl+K / Cmd+K moves to the search field: the page's own on the search page, else the header's.
document.addEventListener('keydown', (event) => {
  if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
  const field = document.querySelector<HTMLInputElement>('#search-input:not([hidden] *)') ?? document.querySelector<HTMLInputElement>('#site-search');
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});
