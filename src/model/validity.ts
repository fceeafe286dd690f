// Spotting values no real host can produce, so the UI shows "invalid (raw)" instead of a
// confident but absurd number. Callers handle missing (null) values before asking.

const EIB = 2 ** 60;
/** Container CPU with unknown cores: generous, but still catches garbage such as 1e9. */
export const MAX_CPU_PERCENT_UNKNOWN_CORES = 6400;

/** A usable number: null, undefined, NaN and ±Infinity are missing values. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Server CPU, memory or disk usage: 0–100 %. */
export function plausiblePercent(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= 100;
}

/** Container CPU is a percentage of one core, so it may reach 100 × cores. */
export function plausibleCpuPercent(value: number, cores?: number | null): boolean {
  const limit = isFiniteNumber(cores) && cores > 0 ? 100 * cores : MAX_CPU_PERCENT_UNKNOWN_CORES;
  return Number.isFinite(value) && value >= 0 && value <= limit;
}

/** A byte count: finite, not negative, below 1 EiB. */
export function plausibleBytes(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value < EIB;
}

/** Used must be a plausible size no larger than the plausible total it belongs to. */
export function usedWithinTotal(used: number, total: number): boolean {
  return plausibleBytes(used) && plausibleBytes(total) && used <= total;
}
