import { describe, expect, it } from 'vitest';
import { estimateStepMs, insertGaps, sortAndDedupe } from './gaps.ts';

interface Sample {
  collectedAt: number;
  value: number;
}

const s = (collectedAt: number, value = collectedAt): Sample => ({ collectedAt, value });
const times = (samples: Sample[]) => samples.map((sample) => sample.collectedAt);

describe('sortAndDedupe', () => {
  it('reverses a newest-first response', () => {
    expect(times(sortAndDedupe([s(3), s(2), s(1)]))).toEqual([1, 2, 3]);
  });

  it('sorts a shuffled response', () => {
    expect(times(sortAndDedupe([s(20), s(5), s(40), s(10), s(30)]))).toEqual([5, 10, 20, 30, 40]);
  });

  it('keeps the last received sample for a duplicate timestamp', () => {
    const result = sortAndDedupe([s(2, 200), s(1, 100), s(2, 201), s(3, 300), s(2, 202)]);
    expect(result).toEqual([s(1, 100), s(2, 202), s(3, 300)]);
  });

  it('drops samples without a usable time', () => {
    expect(times(sortAndDedupe([s(2), s(NaN), s(1), s(Infinity)]))).toEqual([1, 2]);
  });

  it('does not mutate its input', () => {
    const input = [s(2), s(1)];
    sortAndDedupe(input);
    expect(times(input)).toEqual([2, 1]);
  });

  it('handles empty input', () => {
    expect(sortAndDedupe([])).toEqual([]);
  });
});

describe('insertGaps', () => {
  type Point = { t: number; v: number | null };
  const gapAt = (t: number): Point => ({ t, v: null });
  const run = (points: Point[], step: number) => insertGaps(points, (p) => p.t, step, gapAt);

  it('leaves a regular series alone', () => {
    const points = [0, 30, 60, 90].map((t) => ({ t, v: 1 }));
    expect(run(points, 30)).toEqual(points);
  });

  it('tolerates jitter up to 1.5 steps', () => {
    const points = [0, 45, 90].map((t) => ({ t, v: 1 }));
    expect(run(points, 30)).toEqual(points);
  });

  it('inserts one null point one step after a longer gap', () => {
    const points = [0, 30, 300, 330].map((t) => ({ t, v: 1 }));
    expect(run(points, 30)).toEqual([
      { t: 0, v: 1 },
      { t: 30, v: 1 },
      { t: 60, v: null },
      { t: 300, v: 1 },
      { t: 330, v: 1 },
    ]);
  });

  it('ignores a step that is not positive', () => {
    const points = [0, 1000].map((t) => ({ t, v: 1 }));
    expect(run(points, 0)).toEqual(points);
  });
});

describe('estimateStepMs', () => {
  it('takes the median step, ignoring outliers and duplicates', () => {
    expect(estimateStepMs([0, 30, 60, 60, 90, 600, 630])).toBe(30);
  });

  it('averages the middle pair for an even count', () => {
    expect(estimateStepMs([0, 10, 30, 60, 100])).toBe(25);
  });

  it('is null with fewer than two distinct times', () => {
    expect(estimateStepMs([])).toBeNull();
    expect(estimateStepMs([5])).toBeNull();
    expect(estimateStepMs([5, 5])).toBeNull();
  });
});
