import type { RejectedValues } from './types.ts';
import { MAX_CPU_PERCENT_UNKNOWN_CORES } from './validity.ts';

/** An impossible reading: what the API sent, and what a sound value would have looked like. */
export interface InvalidReading {
  raw: string;
  expected: string;
}

const PERCENT = '0–100 %';
const WITHIN_TOTAL = 'a size no larger than the total';

/** In the operator's words, what each metric must look like; anything else is "invalid". */
const EXPECTED: Record<string, string> = {
  cpuUsagePercent: PERCENT,
  ramUsagePercent: PERCENT,
  diskUsagePercent: PERCENT,
  memoryUsagePercent: PERCENT,
  ramUsedBytes: WITHIN_TOTAL,
  diskUsedBytes: WITHIN_TOTAL,
  ramTotalBytes: 'a size of 0 or more',
  diskTotalBytes: 'a size of 0 or more',
  memoryUsedBytes: 'a size of 0 or more',
  memoryLimitBytes: 'a size of 0 or more',
  cpuLoad1m: 'a load of 0 or more',
  uptimeSeconds: 'seconds since boot, 0 or more',
};

/**
 * Why a shown value is missing, when the reason is that the API sent nonsense: the first of
 * `fields` it rejected while parsing. Null when the value is there or simply was not sent.
 */
export function invalidReading(
  sample: { rejected?: RejectedValues } | null | undefined,
  shown: number | null | undefined,
  ...fields: string[]
): InvalidReading | null {
  if ((shown !== null && shown !== undefined) || !sample?.rejected) return null;
  for (const field of fields) {
    const raw = sample.rejected[field];
    if (raw !== undefined) return { raw, expected: EXPECTED[field] ?? 'a number' };
  }
  return null;
}

/** Container CPU is a share of one core: on a host with `cores` cores it cannot pass 100 × cores. */
export function cpuLimitText(cores: number | null | undefined): string {
  return cores
    ? `0–${100 * cores} % (${cores} cores × 100 %)`
    : `0–${MAX_CPU_PERCENT_UNKNOWN_CORES} %`;
}
