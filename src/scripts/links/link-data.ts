import { linkDataFile } from '../../lib/addresses';
import type { LinkData } from '../../lib/links/link-data';

let data: Promise<LinkData> | undefined;

/** The article's link data, fetched once, next to the page (so the base path needs no knowing). */
export function linkData(): Promise<LinkData> {
  data ??= fetch(new URL(linkDataFile, new URL('./', location.href))).then((response) => {
    if (!response.ok) throw new Error(`${linkDataFile}: ${response.status}`);
    return response.json() as Promise<LinkData>;
  });
  return data;
}
