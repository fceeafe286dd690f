import { describe, expect, it } from 'vitest';
import { timeTicks } from './time-ticks.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const t0 = Date.UTC(2025, 11, 1, 12, 7);

describe('time ticks', () => {
  it('puts at most the asked number of ticks on round instants inside the window', () => {
    const ticks = timeTicks([t0, t0 + HOUR], 6);
    expect(ticks).toEqual([10, 20, 30, 40, 50, 60].map((m) => Date.UTC(2025, 11, 1, 12, m)));
    expect(timeTicks([t0, t0 + 7 * 24 * HOUR], 6)).toHaveLength(4);
  });

  it('lands hour ticks on the local clock when given the zone offset', () => {
    const ticks = timeTicks([t0, t0 + 12 * HOUR], 6, 30 * MINUTE);
    for (const tick of ticks) expect((tick + 30 * MINUTE) % (2 * HOUR)).toBe(0);
  });

  it('gives nothing for an empty or broken window', () => {
    expect(timeTicks([t0, t0], 5)).toEqual([]);
    expect(timeTicks([t0, Number.NaN], 5)).toEqual([]);
  });
});
