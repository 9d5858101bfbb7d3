// Synthetic content for the scale runs: N articles whose text is recombined from the real
// article and its translation (sentences drawn at random, their words shuffled, per-article
// seed), each with a translation of the same block structure and a few notes whose phrases
// occur exactly once in their paragraph, in the content format of content/ (a received
// text, an entry, a translation under address comments, notes). Written to a temporary
// folder, never to content/.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksOf, body } from './files.mjs';

/** A small seeded PRNG (mulberry32), so a given N always produces the same content. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const between = (rand, low, high) => low + Math.floor(rand() * (high - low + 1));
function shuffle(rand, list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// Characters Markdown or MDX would read as syntax; aligned texts must stay plain text.
const SYNTAX = /[<>{}[\]*_`#|\\~]/g;
const clean = (word) => word.replace(SYNTAX, '');
const plainStart = (word) => /^[\p{L}“"(]/u.test(word) && !/^(https?:|www\.)/i.test(word);

function sentencesOf(paragraphs) {
  return paragraphs
    .flatMap((text) => text.split(/(?<=[.!?؟])\s+/))
    .map((sentence) => sentence.split(/\s+/).map(clean).filter(Boolean))
    .filter((words) => words.length >= 3);
}

/** The pools the generator draws from: sentences (as word lists) and heading words. */
export function loadPools(contentDir, slug) {
  const entry = readFileSync(join(contentDir, 'articles', `${slug}.yml`), 'utf8');
  const lang = /^lang:\s*(\S+)/m.exec(entry)?.[1] ?? 'ar';
  const headings = new Set((/^headings:\s*\[([^\]]*)\]/m.exec(entry)?.[1] ?? '').split(',').map((n) => Number(n.trim())).filter(Boolean));
  const lines = readFileSync(join(contentDir, 'sources', `${slug}.${lang}.txt`), 'utf8').split('\n').filter((line) => line.trim() !== '');
  const translationFile = readdirSync(join(contentDir, 'translations')).find((name) => name.startsWith(`${slug}.`));
  // Translation blocks sit under <!-- address --> comments; the headings are the `## ` blocks.
  const translation = body(readFileSync(join(contentDir, 'translations', translationFile), 'utf8'))
    .split(/<!--\s*\S+\s*-->/)
    .map((block) => block.trim())
    .filter((block) => block && !block.startsWith('## '));
  const arSentences = sentencesOf(lines.filter((_, index) => !headings.has(index + 1)));
  const enSentences = sentencesOf(translation);
  return {
    ar: arSentences,
    en: enSentences,
    arWords: [...new Set(arSentences.flat().filter((w) => /^[\u0621-\u064A]{3,}$/.test(w)))],
    enWords: [...new Set(enSentences.flat().filter((w) => /^[A-Za-z]{4,}$/.test(w)))],
  };
}

/** One paragraph: 1–3 pooled sentences, each with its words shuffled, starting on a letter. */
function paragraph(rand, sentences, count) {
  const words = [];
  for (let i = 0; i < count; i++) words.push(...shuffle(rand, pick(rand, sentences)));
  const first = words.findIndex(plainStart);
  if (first > 0) words.unshift(...words.splice(first, 1));
  return words.join(' ');
}

const phrase = (rand, words, length) => {
  const at = between(rand, 0, Math.max(0, words.length - length));
  return words.slice(at, at + length);
};

/** The text of one article, its translation and notes (file contents keyed by relative path). */
export function syntheticArticle(pools, index) {
  const rand = random(0x5eed + index * 7919);
  const slug = `bench-${String(index + 1).padStart(4, '0')}`;
  const paragraphCount = between(rand, 14, 26);
  const headingAt = new Set(Array.from({ length: between(rand, 0, 3) }, () => between(rand, 2, paragraphCount - 1)));
  const blocks = [];
  const usedHeadings = new Set();
  for (let p = 0; p < paragraphCount; p++) {
    if (headingAt.has(p)) {
      let ar;
      do ar = phrase(rand, shuffle(rand, pools.arWords), between(rand, 2, 3)).join(' ');
      while (usedHeadings.has(ar));
      usedHeadings.add(ar);
      blocks.push({ heading: true, ar, en: phrase(rand, shuffle(rand, pools.enWords), between(rand, 1, 3)).join(' ') });
    }
    const count = between(rand, 1, 3);
    blocks.push({ heading: false, id: `p${p + 1}`, ar: paragraph(rand, pools.ar, count), en: paragraph(rand, pools.en, count) });
  }
  const titleAr = phrase(rand, shuffle(rand, pools.arWords), between(rand, 4, 8)).join(' ');
  const titleEn = phrase(rand, shuffle(rand, pools.enWords), between(rand, 4, 8)).join(' ');
  const q = JSON.stringify; // JSON strings are valid YAML double-quoted scalars
  // Publication days spread over the last five years, so listings have an order and pages.
  const day = new Date(Date.UTC(2026, 10, 29) - index * 43_200_000 * 3).toISOString().slice(0, 10);
  const files = {};
  const lines = blocks.map((b) => b.ar);
  files[`sources/${slug}.ar.txt`] = `${lines.join('\n')}\n`;
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
  // Headings get their slug as address at build time; the generator names them the same way
  // rehype-slug does for these plain words (lowercase, spaces to hyphens).
  const address = (b) => (b.heading ? b.ar.toLowerCase().replaceAll(' ', '-') : b.id);
  files[`translations/${slug}.en.md`] = [
    '---',
    `title: ${q(titleEn)}`,
    'translator: Bench generator',
    '---',
    '',
    ...blocks.map((b) => `<!-- ${address(b)} -->\n${b.heading ? '## ' : ''}${b.en}\n`),
  ].join('\n');

  // Notes: each on its own paragraph (so phrases never overlap), on a phrase found once.
  const candidates = shuffle(rand, blocks.filter((b) => !b.heading));
  const types = ['term', 'name', 'context', 'error'];
  let notes = 0;
  const wanted = between(rand, 2, 6);
  for (const block of candidates) {
    if (notes >= wanted) break;
    const words = block.ar.split(' ');
    const text = phrase(rand, words, between(rand, 1, 3)).join(' ');
    if (text.length < 3 || block.ar.indexOf(text) !== block.ar.lastIndexOf(text)) continue;
    notes += 1;
    const type = types[(index + notes) % types.length];
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
  return { slug, files, blocks: blocks.length, notes };
}

/** Writes N synthetic articles into `dir` (a content folder); build with RECORD_IDS=1 to record their addresses. */
export function writeSyntheticContent(dir, count, pools) {
  let blocks = 0;
  let notes = 0;
  for (let i = 0; i < count; i++) {
    const article = syntheticArticle(pools, i);
    for (const [path, text] of Object.entries(article.files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    blocks += article.blocks;
    notes += article.notes;
  }
  return { articles: count, blocks, notes };
}
