import { describe, expect, it } from 'vitest';
import {
  CLOCK_AHEAD_TOLERANCE_MS,
  SERVER_REPORT_INTERVAL_MS,
  clockAheadMs,
  freshness,
} from './freshness.ts';

const now = Date.UTC(2025, 10, 26, 14, 0, 0);
const interval = SERVER_REPORT_INTERVAL_MS;

describe('freshness', () => {
  it('is fresh up to three intervals', () => {
    expect(freshness(now - 5_000, interval, now)).toEqual({ ageMs: 5_000, state: 'fresh' });
    expect(freshness(now - 3 * interval, interval, now).state).toBe('fresh');
  });

  it('is stale beyond three intervals and dead beyond ten', () => {
    expect(freshness(now - 3 * interval - 1, interval, now).state).toBe('stale');
    expect(freshness(now - 10 * interval, interval, now).state).toBe('stale');
    expect(freshness(now - 10 * interval - 1, interval, now)).toEqual({
      ageMs: 10 * interval + 1,
      state: 'dead',
    });
  });

  it('treats a future timestamp (clock skew) as brand new', () => {
    expect(freshness(now + 4_000, interval, now)).toEqual({ ageMs: 0, state: 'fresh' });
  });

  it('reports none when there is no timestamp', () => {
    expect(freshness(null, interval, now)).toEqual({ ageMs: null, state: 'none' });
    expect(freshness(NaN, interval, now)).toEqual({ ageMs: null, state: 'none' });
  });
});

describe('freshness of a sample from the future (oCore clock ahead)', () => {
  const arrivedAt = now;
  const anHourAhead = now + 3_600_000;

  it('judges a sample more than 2 min ahead from when it arrived, so it still goes stale', () => {
    expect(freshness(anHourAhead, interval, now, arrivedAt)).toEqual({ ageMs: 0, state: 'fresh' });
    const later = now + 3 * interval + 1;
    expect(freshness(anHourAhead, interval, later, arrivedAt)).toEqual({
      ageMs: 3 * interval + 1,
      state: 'stale',
    });
    expect(freshness(anHourAhead, interval, now + 11 * interval, arrivedAt).state).toBe('dead');
  });

  it('says how far ahead the clock is only beyond the 2 min tolerance', () => {
    expect(clockAheadMs(anHourAhead, arrivedAt)).toBe(3_600_000);
    expect(clockAheadMs(now + CLOCK_AHEAD_TOLERANCE_MS, arrivedAt)).toBeNull();
    expect(clockAheadMs(now - 5_000, arrivedAt)).toBeNull();
  });
});
