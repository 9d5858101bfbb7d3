import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { isArabicLanguage, splitArabicRuns } from '../lib/script-runs.ts';

type Parent = Root | Element;

/**
 * Isolates Arabic quoted inside left-to-right text in `<bdi lang="ar">` (a bdi takes its
 * direction from its first strong character, so it needs no dir), so
 * that the Unicode bidi algorithm cannot move the surrounding punctuation and so that
 * screen readers and fonts know the language. Authors write Arabic plainly; this does
 * the markup. Text inside an element already marked Arabic, or inside code, is left alone.
 */
export function isolateArabic(parent: Parent): void {
  const next: (ElementContent | RootContent)[] = [];
  for (const child of parent.children) {
    if (child.type === 'text') {
      for (const run of splitArabicRuns(child.value)) {
        next.push(
          run.arabic
            ? { type: 'element', tagName: 'bdi', properties: { lang: 'ar' }, children: [{ type: 'text', value: run.text }] }
            : { type: 'text', value: run.text },
        );
      }
      continue;
    }
    if (child.type === 'element' && !isArabicLanguage(child.properties['lang']) && !['bdi', 'code', 'pre', 'script', 'style'].includes(child.tagName)) {
      isolateArabic(child);
    }
    next.push(child);
  }
  parent.children = next as typeof parent.children;
}

/**
 * The rehype plugin: every document not written in Arabic (its frontmatter `lang`; the
 * site's English when it has none) gets its Arabic isolated.
 */
export default function rehypeIsolateArabic() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
    if (!isArabicLanguage(frontmatter?.['lang'] ?? 'en')) isolateArabic(tree);
  };
}
