let loaded: Promise<void> | undefined;

/**
 * Adds the link tools' stylesheet (src/pages/styles/[sheet].css.ts) once, settling when
 * it applies (or failed: the tools still work, unstyled). It sits next to this code's own
 * file, `${BASE_URL}scripts/`, so its URL needs no base path.
 */
export function linkToolsStyles(): Promise<void> {
  loaded ??= new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('../styles/link-tools.css', import.meta.url).href;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
  return loaded;
}
