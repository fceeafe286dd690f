// "Compare with the previous period": the same span one period earlier, taken from the next longer
// period's data (the API keeps nothing older than 7 days), shifted onto the current time axis.
import type { Period } from '../../model/types.ts';
import { PERIOD_SPECS } from '../../model/periods.ts';

export interface Comparison {
  /** The period whose data reaches back far enough. */
  source: Period;
  shiftMs: number;
  /** "same time yesterday", for legends and tooltips. */
  label: string;
}

const COMPARISONS: Readonly<Record<Period, Comparison | null>> = {
  '1h': { source: '6h', shiftMs: PERIOD_SPECS['1h'].durationMs, label: 'the hour before' },
  '6h': { source: '24h', shiftMs: PERIOD_SPECS['6h'].durationMs, label: 'the 6 hours before' },
  '24h': { source: '7d', shiftMs: PERIOD_SPECS['24h'].durationMs, label: 'same time yesterday' },
  '7d': null,
};

/** Why 7 days cannot be compared, for the disabled toggle. */
export const NO_COMPARISON_REASON =
  'oCore keeps 7 days of history: there is no earlier week to compare with';

export function comparisonFor(period: Period): Comparison | null {
  return COMPARISONS[period];
}

/** The column holding the previous period's value of `key`. */
export const thenKey = (key: string) => `${key}__then`;

type Row = { t: number } & Record<string, number | null>;

/** Index of the row nearest in time to `target` (rows sorted by t, at least one). */
function nearestIndex(rows: readonly { t: number }[], target: number): number {
  let low = 0;
  let high = rows.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rows[middle].t < target) low = middle + 1;
    else high = middle;
  }
  if (low > 0 && Math.abs(rows[low - 1].t - target) <= Math.abs(rows[low].t - target)) low -= 1;
  return low;
}

/**
 * Adds `key__then` columns: for each row, the source row nearest to `t - shiftMs` if it lies
 * within `toleranceMs` (else null, so missing history draws as a gap, never as a made-up value).
 */
export function withGhostColumns<R extends Row>(
  rows: readonly R[],
  source: readonly Row[],
  keys: readonly string[],
  shiftMs: number,
  toleranceMs: number,
): R[] {
  const columns = keys.map(thenKey);
  return rows.map((row) => {
    const next: Row = { ...row };
    const index = source.length > 0 ? nearestIndex(source, row.t - shiftMs) : -1;
    const match = index >= 0 && Math.abs(source[index].t - (row.t - shiftMs)) <= toleranceMs;
    for (let k = 0; k < keys.length; k++) {
      const value = match ? source[index][keys[k]] : null;
      next[columns[k]] = value ?? null;
    }
    return next as R;
  });
}
