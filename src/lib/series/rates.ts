// Cumulative counters (network bytes since boot) turned into per-second rates for charts.
import { isFiniteNumber } from '../../model/validity.ts';

export interface CounterPoint {
  t: number;
  value: number | null;
}

export interface RatePoint {
  t: number;
  rate: number | null;
}

export interface CounterRateOptions {
  /** True when the counter restarted between sample index - 1 and index. */
  resetAt?: (index: number) => boolean;
  /** Uptime aligned with the points; a drop means the host rebooted and its counters restarted. */
  uptimeSeconds?: readonly (number | null)[];
}

/**
 * Δvalue ÷ Δseconds between consecutive, time-sorted samples, stamped at the later sample.
 * A step with a missing value, Δt ≤ 0, a negative delta or a detected reset has no rate (null),
 * so a reboot never shows as a negative or huge spike. The first point has no rate.
 */
export function counterRates(
  points: readonly CounterPoint[],
  options: CounterRateOptions = {},
): RatePoint[] {
  const { resetAt, uptimeSeconds } = options;
  const rates: RatePoint[] = new Array(points.length);
  for (let i = 0; i < points.length; i++) {
    rates[i] = { t: points[i].t, rate: i === 0 ? null : stepRate(i) };
  }
  return rates;

  function stepRate(i: number): number | null {
    const previous = points[i - 1];
    const current = points[i];
    if (!isFiniteNumber(previous.value) || !isFiniteNumber(current.value)) return null;
    const seconds = (current.t - previous.t) / 1000;
    if (!(seconds > 0)) return null;
    const delta = current.value - previous.value;
    if (delta < 0) return null;
    if (resetAt?.(i)) return null;
    if (uptimeSeconds) {
      const before = uptimeSeconds[i - 1];
      const after = uptimeSeconds[i];
      if (isFiniteNumber(before) && isFiniteNumber(after) && after < before) return null;
    }
    return delta / seconds;
  }
}
