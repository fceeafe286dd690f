import { describe, expect, it } from 'vitest';
import { appendCapped, seedBuffer } from './series-buffer.ts';

interface Sample {
  collectedAt: number;
  cpu: number;
}

const s = (collectedAt: number, cpu = 1): Sample => ({ collectedAt, cpu });
const times = (samples: readonly Sample[]) => samples.map((sample) => sample.collectedAt);

describe('appendCapped', () => {
  it('appends to a new array without touching the old one', () => {
    const buffer = [s(10), s(20)];
    const next = appendCapped(buffer, s(30), { maxLength: 10 });
    expect(times(next)).toEqual([10, 20, 30]);
    expect(times(buffer)).toEqual([10, 20]);
    expect(next).not.toBe(buffer);
  });

  it('drops the oldest samples beyond maxLength', () => {
    const next = appendCapped([s(10), s(20), s(30)], s(40), { maxLength: 3 });
    expect(times(next)).toEqual([20, 30, 40]);
  });

  it('drops samples older than maxAgeMs', () => {
    const next = appendCapped([s(10), s(20), s(30)], s(40), {
      maxLength: 10,
      maxAgeMs: 15,
      now: 40,
    });
    expect(times(next)).toEqual([30, 40]);
  });

  it('measures age from the newest sample when now is not given', () => {
    const next = appendCapped([s(10), s(20)], s(100), { maxLength: 10, maxAgeMs: 50 });
    expect(times(next)).toEqual([100]);
  });

  it('returns the same array for a duplicate or out-of-order sample', () => {
    const buffer = [s(10), s(20)];
    expect(appendCapped(buffer, s(20, 99), { maxLength: 10 })).toBe(buffer);
    expect(appendCapped(buffer, s(15), { maxLength: 10 })).toBe(buffer);
    expect(appendCapped(buffer, s(NaN), { maxLength: 10 })).toBe(buffer);
  });

  it('ignores a sample that is already too old but still prunes', () => {
    const buffer = [s(10), s(20)];
    const limits = { maxLength: 10, maxAgeMs: 100, now: 1_000 };
    expect(appendCapped([], s(500), limits)).toEqual([]);
    expect(appendCapped(buffer, s(30), limits)).toEqual([]);
  });

  it('returns the same array when an ignored sample leaves nothing to prune', () => {
    const buffer = [s(950), s(990)];
    expect(appendCapped(buffer, s(900), { maxLength: 10, maxAgeMs: 100, now: 1_000 })).toBe(buffer);
  });

  it('starts an empty buffer', () => {
    expect(times(appendCapped([], s(5), { maxLength: 2 }))).toEqual([5]);
  });
});

describe('seedBuffer', () => {
  it('sorts, dedupes and caps fetched history', () => {
    const history = [s(40), s(10), s(30), s(20), s(30, 7)];
    const seeded = seedBuffer(history, { maxLength: 3 });
    expect(seeded).toEqual([s(20), s(30, 7), s(40)]);
  });

  it('drops history older than maxAgeMs', () => {
    const seeded = seedBuffer([s(10), s(60), s(100)], { maxLength: 10, maxAgeMs: 50, now: 100 });
    expect(times(seeded)).toEqual([60, 100]);
  });
});
