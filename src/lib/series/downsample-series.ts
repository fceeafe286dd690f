// Downsampling series that share one time axis into aligned chart rows with min–max bands.
import { isFiniteNumber } from '../../model/validity.ts';
import { timeBucketIndexer, wholeAtLeast } from './downsample.ts';

export type BandKey<K extends string> = K | `${K}__min` | `${K}__max`;
/** One chart row: per key the bucket mean, plus `key__min`/`key__max` for the band. */
export type DownsampledRow<K extends string> = { t: number } & { [P in BandKey<K>]: number | null };

export function bandMinKey<K extends string>(key: K): `${K}__min` {
  return `${key}__min`;
}

export function bandMaxKey<K extends string>(key: K): `${K}__max` {
  return `${key}__max`;
}

/**
 * Downsamples several series sharing one time axis (rx/tx, load 1/5/15) into about `budget`
 * time buckets, so every series stays aligned on the same rows. A row where every key is null
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
  const bucketCount = wholeAtLeast(budget, 1);
  // Short series keep every row: same output shape, band collapsed onto the line.
  const indexOf =
    rows.length <= bucketCount
      ? (_t: number, i: number) => i
      : timeBucketIndexer(rows[0].t, rows[rows.length - 1].t, bucketCount);
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
      if (bucket >= 0) result.push(makeRow((firstT + lastT) / 2, columns, acc));
      if (!lastWasGap) result.push(makeRow(t, columns, none));
      bucket = -1;
      lastWasGap = true;
      continue;
    }
    lastWasGap = false;
    const index = indexOf(t, i);
    if (index !== bucket) {
      if (bucket >= 0) result.push(makeRow((firstT + lastT) / 2, columns, acc));
      bucket = index;
      firstT = t;
      acc.count.fill(0);
    }
    lastT = t;
    for (let k = 0; k < keys.length; k++) {
      const v = current[k];
      if (Number.isNaN(v)) continue;
      if (acc.count[k] === 0) {
        acc.sum[k] = acc.min[k] = acc.max[k] = v;
      } else {
        acc.sum[k] += v;
        if (v < acc.min[k]) acc.min[k] = v;
        if (v > acc.max[k]) acc.max[k] = v;
      }
      acc.count[k] += 1;
    }
  }
  if (bucket >= 0) result.push(makeRow((firstT + lastT) / 2, columns, acc));
  return result;
}

interface Accumulator {
  sum: Float64Array;
  count: Float64Array;
  min: Float64Array;
  max: Float64Array;
}

function newAccumulator(size: number): Accumulator {
  const array = () => new Float64Array(size);
  return { sum: array(), count: array(), min: array(), max: array() };
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
  columns: { keys: readonly K[]; minKeys: readonly string[]; maxKeys: readonly string[] },
  acc: Accumulator,
): DownsampledRow<K> {
  const row: Record<string, number | null> = { t };
  for (let k = 0; k < columns.keys.length; k++) {
    const seen = acc.count[k] > 0;
    row[columns.keys[k]] = seen ? acc.sum[k] / acc.count[k] : null;
    row[columns.minKeys[k]] = seen ? acc.min[k] : null;
    row[columns.maxKeys[k]] = seen ? acc.max[k] : null;
  }
  return row as DownsampledRow<K>;
}
