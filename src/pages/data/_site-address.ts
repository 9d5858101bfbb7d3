import type { SiteAddress } from '../../lib/export/paths.ts';

/**
 * Where the site is published, for the absolute URLs the data files hold (an underscore
 * keeps this file from being a route). astro.config.mjs always sets `site` (SITE_URL).
 */
export function siteAddress(site: URL | undefined): SiteAddress {
  if (!site) throw new Error('astro.config.mjs: `site` is not set, so the open-data files cannot hold absolute URLs. Fix: set SITE_URL or `site`.');
  return { site, base: import.meta.env.BASE_URL };
}
