// The search page's script, bundled on its own by src/pages/scripts/ rather than by Vite:
// it shares modules (addresses, base path) with every page's script, and Vite would move
// those into a shared chunk, one more request for every page.
// It carries every page's script too (the page leaves out the shared file): a first visit to
// search, which loads Pagefind as well, makes one request fewer.
import '../site';
import '../search/search-page';
