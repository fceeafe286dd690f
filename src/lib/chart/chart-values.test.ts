import { describe, expect, it } from 'vitest';
import { lastValue, maxOfColumns, peakValue } from './chart-values.ts';

describe('chart values', () => {
  const rows = [{ cpu: 10 }, { cpu: 90 }, { cpu: 20 }, { cpu: null }];

  it('finds the newest value, skipping trailing gaps', () => {
    expect(lastValue(rows, 'cpu')).toBe(20);
    expect(lastValue([], 'cpu')).toBeNull();
  });

  it('finds the peak', () => {
    expect(peakValue(rows, 'cpu')).toBe(90);
    expect(peakValue([{ cpu: null }], 'cpu')).toBeNull();
  });

  it('finds the largest value across columns, never below zero', () => {
    expect(
      maxOfColumns(
        [
          { a: 1, b: 7 },
          { a: 9, b: null },
        ],
        ['a', 'b'],
      ),
    ).toBe(9);
    expect(maxOfColumns([{ a: -3 }], ['a'])).toBe(0);
  });
});
