import { describe, expect, it } from 'vitest';
import { SERVER_REPORT_INTERVAL_MS, freshness } from './freshness.ts';

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
