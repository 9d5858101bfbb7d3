import { describe, expect, it } from 'vitest';
import { parseRange, rangeFragment, rangeProblem } from '../../../../src/lib/links/range.ts';

const addresses = ['p1', 'p2', 'ضربات-الجزاء', 'p3', 'p4', 'p5', 'p6', 'p7', 'تجنيد-الحلفاء', 'p8'];
const label = (address: string) => (address.startsWith('p') ? `paragraph ${address.slice(1)}` : `heading “${address.replaceAll('-', ' ')}”`);

describe('parseRange', () => {
  it('reads p3-p7 as every address from p3 to p7 in reading order', () => {
    expect(parseRange('p3-p7', addresses)).toEqual({ target: 'p3', addresses: ['p3', 'p4', 'p5', 'p6', 'p7'], missing: [], reversed: false });
  });

  it('takes in the headings a range spans, both ends in their Arabic spelling included', () => {
    expect(parseRange('p2-p3', addresses)?.addresses).toEqual(['p2', 'ضربات-الجزاء', 'p3']);
    expect(parseRange('ضربات-الجزاء-تجنيد-الحلفاء', addresses)?.addresses).toEqual(['ضربات-الجزاء', 'p3', 'p4', 'p5', 'p6', 'p7', 'تجنيد-الحلفاء']);
  });

  it('puts a reversed range in order and says it was reversed', () => {
    const landing = parseRange('p7-p3', addresses);
    expect(landing).toMatchObject({ target: 'p3', addresses: ['p3', 'p4', 'p5', 'p6', 'p7'], reversed: true });
    expect(rangeProblem(landing!, label)).toBe('The link names the later address first: showing paragraph 3 to paragraph 7.');
  });

  it('lands on the end that exists and names the one that does not', () => {
    const landing = parseRange('p3-p99', addresses);
    expect(landing).toEqual({ target: 'p3', addresses: ['p3'], missing: ['p99'], reversed: false });
    expect(rangeProblem(landing!, label)).toBe('“p99” is not in this article: showing paragraph 3.');
  });

  it('marks nothing when neither end exists, and says so', () => {
    const landing = parseRange('p98-p99', addresses);
    expect(landing).toEqual({ target: '', addresses: [], missing: ['p98', 'p99'], reversed: false });
    expect(rangeProblem(landing!, label)).toBe('“p98” and “p99” are not in this article: nothing is marked.');
  });

  it('is not a range without a joiner between two names', () => {
    expect(parseRange('p3', addresses)).toBeNull();
    expect(parseRange('-p3', addresses)).toBeNull();
    expect(parseRange('p3-', addresses)).toBeNull();
  });

  it('has nothing to say about a range that landed as written', () => {
    expect(rangeProblem(parseRange('p3-p7', addresses)!, label)).toBe('');
  });
});

describe('rangeFragment', () => {
  it('joins two addresses with a hyphen and leaves one address alone', () => {
    expect(rangeFragment('p3', 'p7')).toBe('p3-p7');
    expect(rangeFragment('p3', 'p3')).toBe('p3');
  });
});
