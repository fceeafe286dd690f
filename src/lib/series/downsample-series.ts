// Downsampling series that share one time axis into aligned chart rows that keep every extreme.
import { isFiniteNumber } from '../../model/validity.ts';
import { timeBucketIndexer, wholeAtLeast } from './downsample.ts';

export type BandKey<K extends string> = K | `${K}__min` | `${K}__max`;
/** One chart row: per key a value the line passes through, plus `key__min`/`key__max` for a band. */
export type DownsampledRow<K extends string> = { t: number } & { [P in BandKey<K>]: number | null };

export function bandMinKey<K extends string>(key: K): `${K}__min` {
  return `${key}__min`;
}

export function bandMaxKey<K extends string>(key: K): `${K}__max` {
  return `${key}__max`;
}

/**
 * Downsamples several series sharing one time axis (rx/tx, load 1/5/15) into at most about
 * `budget` rows, aligned for every series: each time bucket becomes two rows (its first and last
 * time) through which every key's line visits its bucket minimum and maximum in the order they
 * occurred, so a lone spike or dip survives on every series, band or not. A row where every key is null
 * (a gap marker) ends its bucket and is kept as an all-null row, so gaps stay gaps; otherwise
 * nulls are skipped and a key with no value in a bucket is null there.
 */
export function downsampleSeries<
  K extends string,
  T extends { t: number } & { [P in K]?: number | null },
>(rows: readonly T[], keys: readonly K[], budget: number): DownsampledRow<K>[] {
  const result: DownsampledRow<K>[] = [];
  if (rows.length === 0) return result;
  const columns = { keys, minKeys: keys.map(bandMinKey), maxKeys: keys.map(bandMaxKey) };
  const rowBudget = wholeAtLeast(budget, 2);
  // Short series keep every row: same output shape, band collapsed onto the line.
  const indexOf =
    rows.length <= rowBudget
      ? (_t: number, i: number) => i
      : timeBucketIndexer(rows[0].t, rows[rows.length - 1].t, Math.floor(rowBudget / 2));
  const current = new Float64Array(keys.length);
  const acc = newAccumulator(keys.length);
  const none = newAccumulator(keys.length);
  let bucket = -1;
  let firstT = 0;
  let lastT = 0;
  let lastWasGap = false;

  for (let i = 0; i < rows.length; i++) {
    const t = rows[i].t;
    if (!readValues(rows[i] as Record<string, unknown>, keys, current)) {
      if (bucket >= 0) pushBucket(result, firstT, lastT, columns, acc);
      if (!lastWasGap) result.push(makeRow(t, columns, none, 'min'));
      bucket = -1;
      lastWasGap = true;
      continue;
    }
    lastWasGap = false;
    const index = indexOf(t, i);
    if (index !== bucket) {
      if (bucket >= 0) pushBucket(result, firstT, lastT, columns, acc);
      bucket = index;
      firstT = t;
      acc.count.fill(0);
    }
    lastT = t;
    for (let k = 0; k < keys.length; k++) {
      const v = current[k];
      if (Number.isNaN(v)) continue;
      if (acc.count[k] === 0) {
        acc.min[k] = acc.max[k] = v;
        acc.minFirst[k] = 1;
      } else if (v < acc.min[k]) {
        acc.min[k] = v;
        acc.minFirst[k] = 0;
      } else if (v > acc.max[k]) {
        acc.max[k] = v;
        acc.minFirst[k] = 1;
      }
      acc.count[k] += 1;
    }
  }
  if (bucket >= 0) pushBucket(result, firstT, lastT, columns, acc);
  return result;
}

interface Accumulator {
  count: Float64Array;
  min: Float64Array;
  max: Float64Array;
  /** 1 when the bucket's minimum came before its maximum. */
  minFirst: Uint8Array;
}

function newAccumulator(size: number): Accumulator {
  const array = () => new Float64Array(size);
  return { count: array(), min: array(), max: array(), minFirst: new Uint8Array(size) };
}

type Columns<K extends string> = {
  keys: readonly K[];
  minKeys: readonly string[];
  maxKeys: readonly string[];
};

/** A bucket of one time is one row; a wider one is two, its extremes in the order they came. */
function pushBucket<K extends string>(
  into: DownsampledRow<K>[],
  firstT: number,
  lastT: number,
  columns: Columns<K>,
  acc: Accumulator,
) {
  if (firstT === lastT) return void into.push(makeRow(firstT, columns, acc, 'min'));
  into.push(makeRow(firstT, columns, acc, 'first'), makeRow(lastT, columns, acc, 'second'));
}

/** Copies the keys' values into `into` (NaN when missing); false when the row has none at all. */
function readValues(row: Record<string, unknown>, keys: readonly string[], into: Float64Array) {
  let any = false;
  for (let k = 0; k < keys.length; k++) {
    const v = row[keys[k]];
    if (isFiniteNumber(v)) {
      into[k] = v;
      any = true;
    } else {
      into[k] = NaN;
    }
  }
  return any;
}

function makeRow<K extends string>(
  t: number,
  columns: Columns<K>,
  acc: Accumulator,
  extreme: 'min' | 'first' | 'second',
): DownsampledRow<K> {
  const row: Record<string, number | null> = { t };
  for (let k = 0; k < columns.keys.length; k++) {
    const seen = acc.count[k] > 0;
    const takeMin = extreme === 'min' || (extreme === 'first') === (acc.minFirst[k] === 1);
    row[columns.keys[k]] = seen ? (takeMin ? acc.min[k] : acc.max[k]) : null;
    row[columns.minKeys[k]] = seen ? acc.min[k] : null;
    row[columns.maxKeys[k]] = seen ? acc.max[k] : null;
  }
  return row as DownsampledRow<K>;
}
