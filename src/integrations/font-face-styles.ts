import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, resolve } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { fontFaceCss, fontFaces, keptFeatures, type FontFace } from '../lib/font-faces.ts';
import { arabicGlyphs } from '../lib/glyph-set.ts';

/** The module src/layouts/Base.astro imports: the site's @font-face rules, fonts inside. */
export const fontFaceStylesId = 'virtual:font-faces.css';
const resolvedId = `\0${fontFaceStylesId}`;
const require = createRequire(import.meta.url);

/** Every text file under the content folder: sources, translations, notes, article files. */
async function contentTexts(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile() && ['.txt', '.md', '.mdx', '.yml', '.yaml', '.json'].includes(extname(entry.name)));
  return Promise.all(files.map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')));
}

/**
 * The two faces cut to the characters of the content's Arabic runs, as @font-face rules
 * holding the WOFF2 files (see fontFaceCss for why they travel inside the stylesheet).
 *
 * Vite bundles the stylesheet before Astro renders a page, so the characters come from the
 * content files as they are on disk, not from the parsed collection: Markdown's syntax is
 * ASCII, so the Arabic runs of the raw files are those of the pages, with at most a few
 * characters more (a comment, front matter), never fewer.
 */
async function fontFaceStylesheet(contentDir: string): Promise<string> {
  const glyphs = arabicGlyphs(await contentTexts(contentDir));
  const files = new Map<FontFace, Uint8Array>();
  for (const face of fontFaces) {
    const font = await readFile(require.resolve(`@fontsource/noto-naskh-arabic/files/${face.from}`));
    files.set(face, await subsetFont(font, glyphs[face.script], { targetFormat: 'woff2', keepFeatures: keptFeatures }));
  }
  return fontFaceCss(files);
}

/**
 * Serves `virtual:font-faces.css`, made from the content in `contentDir`. The dev server
 * makes it again when a content file changes, so a new character is drawn in Naskh too.
 */
export function fontFaceStyles({ contentDir }: { contentDir: string }): Plugin {
  const root = resolve(contentDir);
  return {
    name: 'font-face-styles',
    resolveId: (source) => (source === fontFaceStylesId ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? fontFaceStylesheet(root) : undefined),
    configureServer(server) {
      server.watcher.add(root);
      server.watcher.on('all', (_event, file) => {
        if (!resolve(file).startsWith(`${root}/`)) return;
        const module = server.moduleGraph.getModuleById(resolvedId);
        if (module) server.reloadModule(module);
      });
    },
  };
}
