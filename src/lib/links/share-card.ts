/**
 * The Open Graph image of an article (1200 × 630), as SVG for a renderer with text shaping
 * (src/pages/articles/[slug]/card.png.ts renders it with resvg): the site's name, the
 * Arabic title right-aligned, the English title below it. Lines are broken on words by an
 * estimate of each script's average advance, since SVG text does not wrap.
 */
import type { SharingImage } from '../../layouts/SeoMeta.astro';
import type { ArticleData } from '../../schemas/article';
import { shareImagePath } from '../addresses';
import { withBase } from '../base-path';

export interface CardText {
  site: string;
  sourceTitle: string;
  sourceDir: 'rtl' | 'ltr';
  translationTitle: string;
  fontFamily: string;
}

export const cardSize = { width: 1200, height: 630 } as const;

/** An article's card as the sharing image of its pages (the article and its share pages). */
export const cardImage = (article: Pick<ArticleData, 'slug' | 'title'>, site: URL | undefined): SharingImage => ({
  url: new URL(withBase(shareImagePath(article.slug)), site).href,
  alt: `${article.title.source} — ${article.title.translation}`,
  ...cardSize,
});

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Words into lines of at most `max` characters, a word never split; at most `lines` lines, the last ending in … when cut. */
export function wrapWords(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const last = out.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]}…`;
  return kept;
}

export function cardSvg(card: CardText): string {
  const { width, height } = cardSize;
  const margin = 72;
  const source = wrapWords(card.sourceTitle, 38, 3);
  const translation = wrapWords(card.translationTitle, 46, 3);
  const sourceSize = 60;
  const translationSize = 42;
  const rtl = card.sourceDir === 'rtl';
  let y = 170;
  const sourceLines = source.map((line) => {
    const element = `<text x="${rtl ? width - margin : margin}" y="${y}" font-size="${sourceSize}" text-anchor="${rtl ? 'end' : 'start'}" direction="${card.sourceDir}" fill="#1c1b19">${escapeXml(line)}</text>`;
    y += sourceSize * 1.45;
    return element;
  });
  y += 24;
  const translationLines = translation.map((line) => {
    const element = `<text x="${margin}" y="${y}" font-size="${translationSize}" fill="#123e54">${escapeXml(line)}</text>`;
    y += translationSize * 1.35;
    return element;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(card.fontFamily)}">`,
    `<rect width="${width}" height="${height}" fill="#fbf8f2"/>`,
    `<rect x="0" y="0" width="16" height="${height}" fill="#d9a21b"/>`,
    `<text x="${margin}" y="${height - 56}" font-size="30" fill="#5b574f">${escapeXml(card.site)}</text>`,
    ...sourceLines,
    ...translationLines,
    '</svg>',
  ].join('\n');
}
