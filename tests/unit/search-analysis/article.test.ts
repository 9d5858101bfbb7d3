import { describe, expect, it } from 'vitest';
import { analyse, normaliseArabic, searchKeys } from '../../../src/lib/search-analysis/index';
import { receivedText as article } from '../fixtures/received-text.ts';

const tokens = analyse(article);
const key = (word: string): string | undefined => analyse(word)[0]?.key;

describe('analysis of the whole article', () => {
  it('finds several hundred words in the article', () => {
    expect(tokens.length).toBeGreaterThan(700);
  });

  it('points every token back at the exact characters of the article', () => {
    for (const token of tokens) expect(article.slice(token.start, token.end)).toBe(token.surface);
  });

  it('gives every word of the article a non-empty key', () => {
    for (const token of tokens) expect(token.key, token.surface).not.toBe('');
  });

  it('gives no word a one-letter key unless the word itself is one letter', () => {
    for (const token of tokens) {
      if (token.key.length === 1) expect(normaliseArabic(token.surface), token.surface).toHaveLength(1);
    }
  });

  it('makes every key out of Arabic letters, hamza, Latin letters or ASCII digits only', () => {
    for (const token of tokens) expect(token.key, token.surface).toMatch(/^[\u0621-\u064Aa-z0-9]+$/u);
  });

  it('gives each word the same key in the running text as when it is typed on its own', () => {
    for (const token of tokens) expect(key(token.surface), token.surface).toBe(token.key);
  });

  it('reads the years and the article number of the UN Charter as numbers', () => {
    const numbers = tokens.filter((token) => token.kind === 'number').map((token) => token.key);
    expect(numbers).toEqual(['51', '51', '2000', '1961', '4', '2001', '2006', '2013', '2017']);
  });

  it('lets a reader find the treaty, its parties and its places by the bare words they would type', () => {
    const indexed = new Set(searchKeys(article));
    for (const query of ['معاهدة', 'بوتين', 'كوريا', 'فيتنام', 'روسيا', 'عقوبات', 'حلفاء', 'الاتحاد', 'صاروخي', 'هجوم', 'دعم', 'محادثات', 'شمالية', 'فيتنامي', 'تعاون', 'بيونغ', 'هانوي', 'بلومبرج', 'واشنطن', 'اليابان', 'الأمم', 'ميثاق', '٥١', '١٩٦١']) {
      for (const queryKey of searchKeys(query)) expect(indexed, query).toContain(queryKey);
    }
  });

  it('gives the spellings the article uses for the same word the same key', () => {
    const groups = [
      ['لفيتنام', 'فيتنام', 'الفيتنامي', 'الفيتنامية'],
      ['بوتين', 'وبوتين'],
      ['كوريا', 'لكوريا', 'وكوريا'],
      ['المعاهدة', 'معاهدة', 'المعاهدات'],
      ['محادثاتهما', 'محادثات'],
      ['حلفاء', 'الحلفاء', 'وحلفائها'],
      ['الدعم', 'والدعم', 'دعم'],
      ['لعقوبات', 'عقوبات', 'العقوبات'],
      ['الشمالية', 'شمال'],
      ['والاتحاد', 'الاتحاد'],
      ['زيارة', 'الزيارة', 'زيارته'],
      ['سياسة', 'سياستها', 'والسياسية'],
      ['الطرف', 'للطرف'],
      ['بيونغ', 'وبيونغ'],
    ];
    for (const group of groups) {
      for (const word of group) expect(article, word).toContain(word);
      expect(new Set(group.map(key)).size, group.join(' ')).toBe(1);
    }
  });
});
