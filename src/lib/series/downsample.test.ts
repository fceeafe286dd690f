import { describe, expect, it } from 'vitest';
import { lttb, minMaxBuckets, pointBudget, type ValuePoint } from './downsample.ts';

const STEP = 30_000;
const T0 = Date.UTC(2025, 10, 19, 0, 0, 0);
const SEVEN_DAYS_AT_30S = 20_160;

function series(length: number, value: (i: number) => number | null): ValuePoint[] {
  return Array.from({ length }, (_, i) => ({ t: T0 + i * STEP, v: value(i) }));
}

const wave = (i: number) => 50 + 40 * Math.sin(i / 50) + ((i * 7919) % 13);

function expectTimeOrdered(points: readonly { t: number }[]) {
  for (let i = 1; i < points.length; i++) expect(points[i].t).toBeGreaterThan(points[i - 1].t);
}

function gapMarkers(points: readonly ValuePoint[]): number {
  return points.filter((p, i) => p.v === null && (i === 0 || points[i - 1].v !== null)).length;
}

describe('pointBudget', () => {
  it('gives about one point per 2 px, clamped to 60–1000', () => {
    expect(pointBudget(800)).toBe(400);
    expect(pointBudget(50)).toBe(60);
    expect(pointBudget(0)).toBe(60);
    expect(pointBudget(3840)).toBe(1000);
    expect(pointBudget(NaN)).toBe(60);
  });
});

describe('lttb', () => {
  it('returns short series unchanged', () => {
    const points = series(10, wave);
    expect(lttb(points, 100)).toEqual(points);
  });

  it('stays within budget, keeps first and last, and keeps time order', () => {
    const points = series(SEVEN_DAYS_AT_30S, wave);
    const result = lttb(points, 500);
    expect(result.length).toBeLessThanOrEqual(500);
    expect(result.length).toBeGreaterThan(450);
    expect(result[0]).toBe(points[0]);
    expect(result[result.length - 1]).toBe(points[points.length - 1]);
    expectTimeOrdered(result);
  });

  it('keeps a lone spike', () => {
    const points = series(SEVEN_DAYS_AT_30S, (i) => (i === 12_345 ? 100 : 5));
    expect(lttb(points, 300)).toContain(points[12_345]);
  });

  it('keeps gaps as gaps', () => {
    // Two hours of nothing in the middle, and a run of nulls at the end.
    const points = series(SEVEN_DAYS_AT_30S, (i) =>
      (i >= 8_000 && i < 8_240) || i >= 20_000 ? null : wave(i),
    );
    const result = lttb(points, 400);
    expect(result[result.length - 1]).toBe(points[points.length - 1]);
    expect(result.filter((p) => p.v === null)).toEqual([
      points[8_000],
      points[SEVEN_DAYS_AT_30S - 1],
    ]);
    expect(result.length).toBeLessThanOrEqual(400 + gapMarkers(points));
    // The values either side of the gap are the segment ends, so the line stops where data stops.
    expect(result).toContain(points[7_999]);
    expect(result).toContain(points[8_240]);
    expectTimeOrdered(result);
  });

  it('stays within budget plus markers even with many tiny segments', () => {
    const points = series(5_000, (i) => (i % 3 === 2 ? null : wave(i)));
    const result = lttb(points, 100);
    expect(result.length).toBeLessThanOrEqual(100 + gapMarkers(points));
    expect(result[0]).toBe(points[0]);
    expect(result[result.length - 1]).toBe(points[points.length - 1]);
    expectTimeOrdered(result);
  });

  it('holds its guarantees for many gap patterns and budgets', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const nullChance = random() * 0.6;
      const points = series(50 + Math.floor(random() * 3_000), (i) =>
        random() < nullChance ? null : wave(i),
      );
      const threshold = 3 + Math.floor(random() * 300);
      const result = lttb(points, threshold);
      const values = result.filter((p) => p.v !== null).length;
      expect(values).toBeLessThanOrEqual(Math.max(threshold, 3));
      expect(result.length).toBeLessThanOrEqual(threshold + gapMarkers(points));
      expect(result[0]).toBe(points[0]);
      expect(result[result.length - 1]).toBe(points[points.length - 1]);
      expectTimeOrdered(result);
    }
  });

  it('reduces an all-null series to its first and last points', () => {
    const points = series(1_000, () => null);
    expect(lttb(points, 100)).toEqual([points[0], points[999]]);
  });

  it('downsamples 20,160 points × 3 series in a few milliseconds', () => {
    const all = [0, 1, 2].map((k) => series(SEVEN_DAYS_AT_30S, (i) => wave(i + k * 100)));
    lttb(all[0], 1000); // warm up the JIT
    const started = performance.now();
    for (const points of all) lttb(points, 1000);
    // Generous for slow CI; an accidental O(n²) would take seconds.
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('minMaxBuckets', () => {
  it('keeps a one-sample spike in the band at 7 d', () => {
    const points = series(SEVEN_DAYS_AT_30S, (i) => (i === 9_999 ? 100 : 2));
    const band = minMaxBuckets(points, 500);
    expect(band.length).toBeLessThanOrEqual(500);
    expect(Math.max(...band.map((b) => b.max ?? -Infinity))).toBe(100);
    expect(band.every((b) => b.min === 2)).toBe(true);
    expectTimeOrdered(band);
  });

  it('reports the min and max of each bucket at its middle time', () => {
    const points = [0, 1, 2, 3].map((i) => ({ t: i * 10, v: [4, 1, 9, 3][i] }));
    expect(minMaxBuckets(points, 2)).toEqual([
      { t: 5, min: 1, max: 4 },
      { t: 25, min: 3, max: 9 },
    ]);
  });

  it('turns a run of nulls into one null row', () => {
    const points = series(100, (i) => (i >= 40 && i < 60 ? null : 1));
    const band = minMaxBuckets(points, 10);
    const nulls = band.filter((b) => b.min === null && b.max === null);
    expect(nulls).toEqual([{ t: points[40].t, min: null, max: null }]);
    expectTimeOrdered(band);
  });

  it('handles empty and single-point input', () => {
    expect(minMaxBuckets([], 10)).toEqual([]);
    expect(minMaxBuckets([{ t: 5, v: 7 }], 10)).toEqual([{ t: 5, min: 7, max: 7 }]);
  });
});
