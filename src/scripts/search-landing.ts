import { loadScript } from './load-script';

// A click on a search result leaves the matched words in sessionStorage (the site keeps
// nothing else there); only then is the code that marks them loaded.
try {
  if (sessionStorage.length > 0) loadScript('landing-highlight').catch(() => undefined);
} catch {
  /* storage blocked: no highlights, nothing else changes */
}
