import { describe, expect, it } from 'vitest';
import { bandMaxKey, bandMinKey, downsampleSeries } from './downsample-series.ts';

interface Row {
  t: number;
  rx: number | null;
  tx: number | null;
}

const STEP = 30_000;
const T0 = Date.UTC(2025, 10, 19, 0, 0, 0);

function rows(length: number, value: (i: number) => [number | null, number | null]): Row[] {
  return Array.from({ length }, (_, i) => {
    const [rx, tx] = value(i);
    return { t: T0 + i * STEP, rx, tx };
  });
}

describe('downsampleSeries', () => {
  it('keeps every row of a short series, with the band on the line', () => {
    const input = rows(3, (i) => [i, null]);
    expect(downsampleSeries(input, ['rx', 'tx'], 100)).toEqual([
      { t: T0, rx: 0, rx__min: 0, rx__max: 0, tx: null, tx__min: null, tx__max: null },
      { t: T0 + STEP, rx: 1, rx__min: 1, rx__max: 1, tx: null, tx__min: null, tx__max: null },
      { t: T0 + 2 * STEP, rx: 2, rx__min: 2, rx__max: 2, tx: null, tx__min: null, tx__max: null },
    ]);
  });

  it('averages each bucket and keeps its extremes for every key on shared rows', () => {
    const input = [
      { t: 0, rx: 1, tx: 10 },
      { t: 10, rx: 3, tx: 30 },
      { t: 20, rx: 5, tx: 50 },
      { t: 30, rx: 7, tx: null },
    ];
    expect(downsampleSeries(input, ['rx', 'tx'], 2)).toEqual([
      { t: 5, rx: 2, rx__min: 1, rx__max: 3, tx: 20, tx__min: 10, tx__max: 30 },
      { t: 25, rx: 6, rx__min: 5, rx__max: 7, tx: 50, tx__min: 50, tx__max: 50 },
    ]);
  });

  it('fits 7 d at 30 s into the budget and keeps a lone spike in the band', () => {
    const input = rows(20_160, (i) => [i === 7_777 ? 100 : 1, 2]);
    const output = downsampleSeries(input, ['rx', 'tx'], 500);
    expect(output.length).toBeLessThanOrEqual(500);
    expect(Math.max(...output.map((row) => row.rx__max ?? 0))).toBe(100);
    expect(output.every((row) => row.tx === 2)).toBe(true);
    for (let i = 1; i < output.length; i++) expect(output[i].t).toBeGreaterThan(output[i - 1].t);
  });

  it('keeps an all-null gap row so the chart breaks there', () => {
    const input = rows(2_000, (i) => (i >= 1_000 && i < 1_003 ? [null, null] : [1, 1]));
    const output = downsampleSeries(input, ['rx', 'tx'], 100);
    const gaps = output.filter((row) => row.rx === null && row.tx === null);
    expect(gaps).toHaveLength(1);
    expect(gaps[0].t).toBe(input[1_000].t);
    expect(output.length).toBeLessThanOrEqual(100 + 2);
  });

  it('returns nothing for no rows', () => {
    expect(downsampleSeries([] as Row[], ['rx'], 100)).toEqual([]);
  });

  it('names the band columns', () => {
    expect(bandMinKey('load1')).toBe('load1__min');
    expect(bandMaxKey('load1')).toBe('load1__max');
  });

  it('handles 20,160 rows × 3 series quickly', () => {
    const input = Array.from({ length: 20_160 }, (_, i) => ({
      t: T0 + i * STEP,
      load1: Math.sin(i),
      load5: Math.cos(i),
      load15: 1,
    }));
    downsampleSeries(input, ['load1', 'load5', 'load15'], 1000); // warm up the JIT
    const started = performance.now();
    downsampleSeries(input, ['load1', 'load5', 'load15'], 1000);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
