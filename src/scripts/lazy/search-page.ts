// The search page's script, bundled on its own by src/pages/scripts/ rather than by Vite:
// it shares modules (addresses, base path) with the script every page inlines, and Vite
// would move those into a shared chunk, which that script could then no longer inline.
import '../search/search-page';
