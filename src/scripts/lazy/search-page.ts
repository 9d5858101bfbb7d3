// The search page's script, bundled on its own by src/pages/scripts/ rather than by Vite:
// it shares modules (addresses, base path) with every page's script, and Vite would move
// those into a shared chunk, one more request for every page.
import '../search/search-page';
