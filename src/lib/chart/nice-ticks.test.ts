import { describe, expect, it } from 'vitest';
import { niceBinaryTicks } from './nice-ticks.ts';

const GiB = 1024 ** 3;

describe('niceBinaryTicks', () => {
  it('puts ticks on round GiB values that cover the maximum', () => {
    expect(niceBinaryTicks(128 * GiB)).toEqual([0, 50, 100, 150].map((n) => n * GiB));
    expect(niceBinaryTicks(7.3 * GiB)).toEqual([0, 2, 4, 6, 8].map((n) => n * GiB));
  });

  it('works below one unit and for nothing at all', () => {
    expect(niceBinaryTicks(900)).toEqual([0, 250, 500, 750, 1000]);
    expect(niceBinaryTicks(0)).toEqual([0, 1]);
    expect(niceBinaryTicks(Number.NaN)).toEqual([0, 1]);
  });
});
