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

  it("draws each bucket's extremes, in time order, for every key on shared rows", () => {
    const input = [
      { t: 0, rx: 1, tx: 10 },
      { t: 10, rx: 9, tx: 30 },
      { t: 20, rx: 5, tx: 5 },
      { t: 30, rx: 7, tx: null },
      { t: 40, rx: 2, tx: 60 },
      { t: 50, rx: 4, tx: 40 },
    ];
    const band = { rx__min: 1, rx__max: 9, tx__min: 5, tx__max: 30 };
    const band2 = { rx__min: 2, rx__max: 7, tx__min: 40, tx__max: 60 };
    expect(downsampleSeries(input, ['rx', 'tx'], 4)).toEqual([
      { t: 0, rx: 1, tx: 30, ...band },
      { t: 20, rx: 9, tx: 5, ...band },
      { t: 30, rx: 7, tx: 60, ...band2 },
      { t: 50, rx: 2, tx: 40, ...band2 },
    ]);
  });

  it.each([
    ['6 h', 720, 300],
    ['24 h', 2_880, 500],
    ['7 d', 20_160, 500],
  ])('keeps a lone spike and a lone dip on every line at %s', (_period, length, budget) => {
    const spikeAt = Math.floor(length * 0.37);
    const input = rows(length, (i) => [i === spikeAt + 5 ? 0 : 50, i === spikeAt ? 1_000 : 2]);
    const output = downsampleSeries(input, ['rx', 'tx'], budget);
    expect(output.length).toBeLessThanOrEqual(budget);
    expect(Math.max(...output.map((row) => row.tx ?? 0))).toBe(1_000);
    expect(Math.min(...output.map((row) => row.rx ?? 50))).toBe(0);
    expect(Math.max(...output.map((row) => row.tx__max ?? 0))).toBe(1_000);
    expect(output.filter((row) => row.tx === 2).length).toBeGreaterThan(output.length * 0.9);
    for (let i = 1; i < output.length; i++) expect(output[i].t).toBeGreaterThan(output[i - 1].t);
  });

  it('keeps an all-null gap row so the chart breaks there', () => {
    const input = rows(2_000, (i) => (i >= 1_000 && i < 1_003 ? [null, null] : [1, 1]));
    const output = downsampleSeries(input, ['rx', 'tx'], 100);
    const gaps = output.filter((row) => row.rx === null && row.tx === null);
    expect(gaps).toHaveLength(1);
    expect(gaps[0].t).toBe(input[1_000].t);
    expect(output.length).toBeLessThanOrEqual(100 + 3);
  });

  it('returns nothing for no rows', () => {
    expect(downsampleSeries([] as Row[], ['rx'], 100)).toEqual([]);
  });

  it('names the band columns', () => {
    expect(bandMinKey('load1')).toBe('load1__min');
    expect(bandMaxKey('load1')).toBe('load1__max');
  });
});
