import { describe, expect, it } from 'vitest';
import { lastValue, peakValue } from './chart-values.ts';

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
});
