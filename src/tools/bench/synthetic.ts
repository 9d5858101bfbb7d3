// Synthetic content for the scale runs: N articles whose text is recombined from the real
// article and its translation (sentences drawn at random, their words shuffled, per-article
// seed), each with a translation of the same block structure and a few notes whose phrases
// occur exactly once in their paragraph, in the content format of content/ (a received
// text, an entry, a translation under address comments, notes). Written to a temporary
// folder, never to content/. A given N always gives the same files, so runs compare.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { between, pick, random, shuffle, type Random } from './random.ts';
import { checkRareWord, rareWord, rareWordNote } from './rare-word.ts';
import { plainStart, type Pools } from './synthetic-pools.ts';

/** One paragraph: 1–3 pooled sentences, each with its words shuffled, starting on a letter. */
function paragraph(rand: Random, sentences: readonly string[][], count: number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(...shuffle(rand, pick(rand, sentences)));
  const first = words.findIndex(plainStart);
  if (first > 0) words.unshift(...words.splice(first, 1));
  return words.join(' ');
}

function phrase(rand: Random, words: readonly string[], length: number): string[] {
  const at = between(rand, 0, Math.max(0, words.length - length));
  return words.slice(at, at + length);
}

interface Block {
  heading: boolean;
  id: string;
  ar: string;
  en: string;
}

export interface SyntheticArticle {
  slug: string;
  /** File contents keyed by their path in a content folder. */
  files: Record<string, string>;
  blocks: number;
  notes: number;
}

/** The text of one article, its translation and notes. */
export function syntheticArticle(pools: Pools, index: number, { withRareWord = false } = {}): SyntheticArticle {
  const rand = random(0x5eed + index * 7919);
  const slug = `bench-${String(index + 1).padStart(4, '0')}`;
  const paragraphCount = between(rand, 14, 26);
  const headingAt = new Set(Array.from({ length: between(rand, 0, 3) }, () => between(rand, 2, paragraphCount - 1)));
  const blocks: Block[] = [];
  const usedHeadings = new Set<string>();
  for (let p = 0; p < paragraphCount; p++) {
    if (headingAt.has(p)) {
      let ar: string;
      do ar = phrase(rand, shuffle(rand, pools.arWords), between(rand, 2, 3)).join(' ');
      while (usedHeadings.has(ar));
      usedHeadings.add(ar);
      // Headings get their slug as address at build time; the generator names them the same
      // way rehype-slug does for these plain words (lowercase, spaces to hyphens).
      blocks.push({ heading: true, id: ar.toLowerCase().replaceAll(' ', '-'), ar, en: phrase(rand, shuffle(rand, pools.enWords), between(rand, 1, 3)).join(' ') });
    }
    const count = between(rand, 1, 3);
    blocks.push({ heading: false, id: `p${p + 1}`, ar: paragraph(rand, pools.ar, count), en: paragraph(rand, pools.en, count) });
  }
  const titleAr = phrase(rand, shuffle(rand, pools.arWords), between(rand, 4, 8)).join(' ');
  const titleEn = phrase(rand, shuffle(rand, pools.enWords), between(rand, 4, 8)).join(' ');
  const q = JSON.stringify; // JSON strings are valid YAML double-quoted scalars
  // Publication days spread over the last five years, so listings have an order and pages.
  const day = new Date(Date.UTC(2026, 10, 29) - index * 43_200_000 * 3).toISOString().slice(0, 10);
  const files: Record<string, string> = {};
  files[`sources/${slug}.ar.txt`] = `${blocks.map((b) => b.ar).join('\n')}\n`;
  files[`articles/${slug}.yml`] = [
    `title: ${q(titleAr)}`,
    `description: ${q(`Synthetic article ${index + 1} for the scale benchmark: ${titleEn}.`)}`,
    'lang: ar',
    `published: ${day}`,
    'edition:',
    '  number: 1',
    `  date: ${day}`,
    'origin:',
    `  reports: ${q(`Nothing: text recombined at random from the real article (seed ${index + 1}).`)}`,
    `headings: [${blocks.flatMap((b, i) => (b.heading ? [i + 1] : [])).join(', ')}]`,
    `paragraphIds: [${blocks.filter((b) => !b.heading).map((b) => b.id).join(', ')}]`,
    '',
  ].join('\n');
  files[`translations/${slug}.en.md`] = [
    '---',
    `title: ${q(titleEn)}`,
    'translator: Bench generator',
    '---',
    '',
    ...blocks.map((b) => `<!-- ${b.id} -->\n${b.heading ? '## ' : ''}${b.en}\n`),
  ].join('\n');

  // Notes: each on its own paragraph (so phrases never overlap), on a phrase found once.
  const candidates = shuffle(rand, blocks.filter((b) => !b.heading));
  const types = ['term', 'name', 'context', 'error'] as const;
  let notes = 0;
  const noted = new Set<string>();
  const wanted = between(rand, 2, 6);
  for (const block of candidates) {
    if (notes >= wanted) break;
    const words = block.ar.split(' ');
    const text = phrase(rand, words, between(rand, 1, 3)).join(' ');
    if (text.length < 3 || block.ar.indexOf(text) !== block.ar.lastIndexOf(text)) continue;
    notes += 1;
    noted.add(block.id);
    const type = types[(index + notes) % types.length] ?? 'term';
    const gloss = paragraph(rand, pools.en, 1);
    files[`notes/${slug}/n${notes}-${type}.md`] = [
      '---',
      `block: ${block.id}`,
      `phrase: ${q(text)}`,
      `type: ${type}`,
      `title: ${q(phrase(rand, shuffle(rand, pools.enWords), 3).join(' '))}`,
      ...(type === 'error' ? [`correction: ${q(pick(rand, pools.arWords))}`] : []),
      ...(type === 'name' ? ['entity: person'] : []),
      '---',
      '',
      `${gloss} The source has ${text} here.`,
      '',
    ].join('\n');
  }
  // After every draw above, so that the other files are the same with or without it.
  if (withRareWord && index % rareWord.every === 0) {
    const note = rareWordNote(slug, blocks, noted);
    if (!note) throw new Error(`synthetic article ${slug} has no paragraph left for the rare word's note`);
    files[note[0]] = note[1];
    notes += 1;
  }
  return { slug, files, blocks: blocks.length, notes };
}

export interface Generated {
  articles: number;
  blocks: number;
  notes: number;
}

/**
 * Writes N synthetic articles into `dir` (a content folder); build with RECORD_IDS=1 to
 * record their addresses. `withRareWord` adds the rare word's notes (rare-word.ts).
 */
export function writeSyntheticContent(dir: string, count: number, pools: Pools, { withRareWord = false } = {}): Generated {
  if (withRareWord) checkRareWord(pools);
  let blocks = 0;
  let notes = 0;
  for (let i = 0; i < count; i++) {
    const article = syntheticArticle(pools, i, { withRareWord });
    for (const [path, text] of Object.entries(article.files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    blocks += article.blocks;
    notes += article.notes;
  }
  return { articles: count, blocks, notes };
}
