import { describe, expect, it } from 'vitest';
import { rawText, rejectionLog } from './rejected-values.ts';

describe('rawText', () => {
  it('shows numbers as digits and strings quoted, so "NaN" and NaN read differently', () => {
    expect(rawText(4000)).toBe('4000');
    expect(rawText(-1.5e9)).toBe('-1500000000');
    expect(rawText(Number.NaN)).toBe('NaN');
    expect(rawText('NaN')).toBe('"NaN"');
    expect(rawText(true)).toBe('true');
    expect(rawText([1])).toBe('a list');
    expect(rawText({ a: 1 })).toBe('an object');
  });

  it('caps hostile or huge text', () => {
    const text = rawText('<script>'.repeat(1000));
    expect(text).toHaveLength(40);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('rejectionLog', () => {
  it('notes only values that were sent and read as null', () => {
    const log = rejectionLog();
    expect(log.keep('a', 5, 5)).toBe(5);
    expect(log.keep('b', undefined, null)).toBeNull();
    expect(log.keep('c', null, null)).toBeNull();
    expect(log.result()).toBeUndefined();
    expect(log.keep('d', 4000, null)).toBeNull();
    expect(log.result()).toEqual({ d: '4000' });
  });
});
