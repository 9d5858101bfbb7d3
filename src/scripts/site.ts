// Every page's one script, bundled into a single small file that every page shares from
// the cache (a module shared with another entry would become a separate, extra request). Each part
// only enhances markup the page already has, and does nothing where that markup is absent.
import './copy-link';
import './link-tools';
import './note-popover';
import './search-landing';
import './search-shortcut';
import './view-switch';
