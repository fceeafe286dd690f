import { describe, expect, it } from 'vitest';
import { counterRates } from './rates.ts';

const t0 = Date.UTC(2025, 10, 26, 14, 0, 0);
const at = (seconds: number) => t0 + seconds * 1000;

describe('counterRates', () => {
  it('divides the byte delta by the elapsed seconds', () => {
    const rates = counterRates([
      { t: at(0), value: 1_000 },
      { t: at(30), value: 31_000 },
      { t: at(90), value: 31_000 },
      { t: at(120), value: 91_000 },
    ]);
    expect(rates).toEqual([
      { t: at(0), rate: null },
      { t: at(30), rate: 1_000 },
      { t: at(90), rate: 0 },
      { t: at(120), rate: 2_000 },
    ]);
  });

  it('gives no rate for a counter reset instead of a negative value', () => {
    const rates = counterRates([
      { t: at(0), value: 9_000_000 },
      { t: at(30), value: 4_000 },
      { t: at(60), value: 34_000 },
    ]);
    expect(rates.map((r) => r.rate)).toEqual([null, null, 1_000]);
  });

  it('gives no rate when time does not advance', () => {
    const rates = counterRates([
      { t: at(0), value: 0 },
      { t: at(0), value: 500 },
      { t: at(-10), value: 900 },
    ]);
    expect(rates.map((r) => r.rate)).toEqual([null, null, null]);
  });

  it('gives no rate next to a missing value', () => {
    const rates = counterRates([
      { t: at(0), value: 0 },
      { t: at(30), value: null },
      { t: at(60), value: 60_000 },
      { t: at(90), value: 90_000 },
    ]);
    expect(rates.map((r) => r.rate)).toEqual([null, null, null, 1_000]);
  });

  it('detects a reboot from dropping uptime even when the counter grew', () => {
    // The host rebooted and sent more traffic since boot than before: the delta looks positive.
    const rates = counterRates(
      [
        { t: at(0), value: 1_000 },
        { t: at(30), value: 31_000 },
        { t: at(60), value: 5_000_000 },
        { t: at(90), value: 5_030_000 },
      ],
      { uptimeSeconds: [500, 530, 20, 50] },
    );
    expect(rates.map((r) => r.rate)).toEqual([null, 1_000, null, 1_000]);
  });

  it('honours a caller-supplied reset detector', () => {
    const rates = counterRates(
      [
        { t: at(0), value: 0 },
        { t: at(10), value: 100 },
        { t: at(20), value: 200 },
      ],
      { resetAt: (i) => i === 2 },
    );
    expect(rates.map((r) => r.rate)).toEqual([null, 10, null]);
  });

  it('returns an empty list for no points', () => {
    expect(counterRates([])).toEqual([]);
  });
});
