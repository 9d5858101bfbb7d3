import { describe, expect, it } from 'vitest';
import { analyse, searchKeys, toSearchText } from '../../../src/lib/search-analysis/index';

/** The key of a single word typed on its own, as a reader's query would be. */
const queryKey = (word: string): string | undefined => analyse(word)[0]?.key;

describe('analyse', () => {
  it('returns each token with offsets, its original spelling and its key', () => {
    expect(analyse('وَقَّعَ بوتين')).toEqual([
      { start: 0, end: 7, surface: 'وَقَّعَ', key: 'وقع', kind: 'arabic', stop: false, alternates: [] },
      { start: 8, end: 13, surface: 'بوتين', key: 'بوتين', kind: 'arabic', stop: false, alternates: [] },
    ]);
  });

  it('points every token back at its original spelling, harakat included', () => {
    const text = 'وفقًا لِلْمَادَّةِ ٥١ من “ميثاق” الأمم المتحدة، قال Putin’s aide.';
    for (const token of analyse(text)) {
      expect(text.slice(token.start, token.end)).toBe(token.surface);
    }
  });

  it('analyses mixed Arabic, English and digits by the script of each word', () => {
    expect(searchKeys('Putin signed المعاهدة in ٢٠٢٤')).toEqual(['putin', 'sign', 'معاهد', '2024']);
  });

  it('gives a number the same key whichever digits it is written in', () => {
    expect(queryKey('٥١')).toBe('51');
    expect(queryKey('۵۱')).toBe('51');
    expect(queryKey('51')).toBe('51');
  });

  it('marks the detached preposition لـ as a stop word and keys the word after it', () => {
    const tokens = analyse('لـ”معاهدة الشراكة');
    expect(tokens.map((token) => [token.surface, token.key, token.stop])).toEqual([
      ['لـ', 'ل', true],
      ['معاهدة', 'معاهد', false],
      ['الشراكة', 'شراك', false],
    ]);
    expect(toSearchText('لـ”معاهدة الشراكة')).toBe('معاهد شراك');
  });

  it('marks Arabic function words, with or without و or ف in front, as stop words', () => {
    for (const word of ['في', 'إلى', 'على', 'التي', 'الذي', 'وفي', 'ولا', 'فإن', 'والذي', 'بأنها', 'و']) {
      expect(analyse(word)[0]?.stop, word).toBe(true);
    }
  });

  it('does not mark names that look like a proclitic and a function word as stop words', () => {
    for (const word of ['لام', 'فام', 'كان', 'بوتين', 'كيم']) {
      expect(analyse(word)[0]?.stop, word).toBe(false);
    }
  });

  it('marks English function words and single letters as stop words but not US or WHO', () => {
    expect(searchKeys('the treaty of a US and WHO plan')).toEqual(['treati', 'us', 'who', 'plan']);
  });

  it('never treats a number as a stop word', () => {
    expect(searchKeys('في 4 مرات')).toEqual(['4', 'مرات']);
  });

  it('leaves stop words out of the text for Pagefind and returns an empty string when nothing is left', () => {
    expect(toSearchText('إلى فيتنام')).toBe('فيتنام');
    expect(toSearchText('في على من')).toBe('');
    expect(toSearchText('')).toBe('');
  });

  it('indexes the reading without a leading ب ل ك or ف when what is left is a three-letter root', () => {
    expect(analyse('بتهمة')[0]).toMatchObject({ key: 'بتهم', alternates: ['تهم'] });
    expect(analyse('لحشد')[0]).toMatchObject({ key: 'لحشد', alternates: ['حشد'] });
    expect(analyse('فيجب')[0]).toMatchObject({ key: 'فيجب', alternates: ['يجب'] });
    expect(toSearchText('لحشد دعم')).toBe('لحشد دعم حشد');
  });

  it('gives names that begin with those letters no second reading', () => {
    for (const word of ['بوتين', 'فيتنام', 'فلاديمير', 'لام', 'كيم']) expect(analyse(word)[0]?.alternates, word).toEqual([]);
  });

  it('keeps every key a single Pagefind word even when a ligature expands to several words', () => {
    const [token] = analyse('ﷺ');
    expect(token?.key).not.toMatch(/\s/u);
  });

  it.each([
    ['المُعَاهَدَةُ', 'معاهده'],
    ['إلى', 'الي'],
    ['حلفائها', 'حلفاء'],
    ['الشماليّة', 'شماليه'],
    ['ﺑﻮﺗﻴﻦ', 'بوتين'],
    ['كـوريـا', 'لكوريا'],
    ['فيتنامى', 'فيتنامي'],
    ['بوتين\u200F', 'بوتين'],
    ["Putin's", 'putin'],
    ['Treaties', 'treaty'],
  ])('gives the indexed spelling %s and the typed spelling %s the same key', (indexed, typed) => {
    expect(queryKey(typed)).toBe(queryKey(indexed));
  });

  it('finds the keys of a typed query among the keys indexed for the passage it came from', () => {
    const passage = 'وكشفت وكالة الأنباء المركزية الكورية الرسمية في كوريا الشمالية عن النص الكامل لـ”معاهدة الشراكة الاستراتيجية الشاملة”';
    const indexed = new Set(searchKeys(passage));
    for (const query of ['معاهده الشراكه', 'كوريا الشماليه', 'وكاله الانباء', 'الاستراتيجيه']) {
      for (const queryKeyOfWord of searchKeys(query)) expect(indexed, query).toContain(queryKeyOfWord);
    }
  });
});

describe('analyse: stop words that fold into content words', () => {
  it('keeps آلية and فئة searchable although they fold to the spelling of إليه and فيه', () => {
    expect(searchKeys('آلية')).toEqual(['الي']);
    expect(searchKeys('الآليات')).toEqual(['الي']);
    expect(searchKeys('فئة')).toEqual(['فيه']);
  });
});
