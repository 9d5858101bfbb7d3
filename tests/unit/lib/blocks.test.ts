import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/lib/blocks';
import { seedLine } from './fixtures/article';

describe('excerpt', () => {
  it('quotes a short text whole, in curly quotes', () => {
    expect(excerpt('ضربات الجزاء')).toBe('“ضربات الجزاء”');
  });

  it('quotes a text of exactly the limit whole, without an ellipsis', () => {
    const text = seedLine(1).slice(0, 40);
    expect(excerpt(text)).toBe(`“${text}”`);
  });

  it('cuts a long paragraph after 40 characters and ends it with an ellipsis', () => {
    const text = seedLine(1);
    expect(excerpt(text)).toBe(`“${text.slice(0, 40)}…”`);
    expect(excerpt(text)).toBe('“قالت وسائل إعلام كورية شمالية، اليوم الخ…”');
  });

  it('cuts at the length it is given', () => {
    expect(excerpt(seedLine(2), 5)).toBe('“وكشفت…”');
    expect(excerpt('تجنيد الحلفاء', 60)).toBe('“تجنيد الحلفاء”');
  });

  it('quotes the empty string as empty quotes', () => {
    expect(excerpt('')).toBe('“”');
  });
});
