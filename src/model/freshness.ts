// How old the newest number on screen is, and whether an operator should still trust it.
export type FreshnessState = 'fresh' | 'stale' | 'dead' | 'none';

export interface Freshness {
  /** Never negative; a sample far in the future is aged from when it arrived. */
  ageMs: number | null;
  state: FreshnessState;
}

/**
 * The dashboard re-asks for the server and instance lists and each server's latest sample this
 * often; the panels showing them judge their age by the same interval.
 */
export const REFRESH_INTERVAL_MS = 30_000;

/** Servers report every 30 s (agent) or are polled every 60 s; the slower one sets expectations. */
export const SERVER_REPORT_INTERVAL_MS = 60_000;
/** The instance metric stream pushes every 10 s. */
export const INSTANCE_STREAM_INTERVAL_MS = 10_000;

/** Missing three reports in a row is stale; ten is dead ("No data since 14:02"). */
export const STALE_AFTER_INTERVALS = 3;
export const DEAD_AFTER_INTERVALS = 10;

/** oCore's clock may run this far ahead of the browser's before we stop believing its timestamps. */
export const CLOCK_AHEAD_TOLERANCE_MS = 2 * 60_000;

/** How far ahead of our clock a sample was stamped when it arrived; null within the tolerance. */
export function clockAheadMs(collectedAt: number, arrivedAt: number): number | null {
  const aheadMs = collectedAt - arrivedAt;
  return aheadMs > CLOCK_AHEAD_TOLERANCE_MS ? aheadMs : null;
}

/**
 * How fresh a number collected at `collectedAt` is at `now`. A sample from a clock more than
 * 2 min ahead is aged from `arrivedAt` instead, so a skewed screen still goes stale when
 * updates stop; a small skew counts as brand new.
 */
export function freshness(
  collectedAt: number | null,
  expectedIntervalMs: number,
  now: number,
  arrivedAt: number = now,
): Freshness {
  if (collectedAt === null || !Number.isFinite(collectedAt) || !Number.isFinite(now)) {
    return { ageMs: null, state: 'none' };
  }
  const agedFrom = clockAheadMs(collectedAt, arrivedAt) === null ? collectedAt : arrivedAt;
  const ageMs = Math.max(0, now - agedFrom);
  if (ageMs > expectedIntervalMs * DEAD_AFTER_INTERVALS) return { ageMs, state: 'dead' };
  if (ageMs > expectedIntervalMs * STALE_AFTER_INTERVALS) return { ageMs, state: 'stale' };
  return { ageMs, state: 'fresh' };
}
