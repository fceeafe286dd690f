// Fitting long series (7 d at 30 s is 20,160 samples) into a chart's pixel budget, in O(n),
// without hiding spikes or papering over gaps. Input must be sorted by time.
export interface ValuePoint {
  t: number;
  v: number | null;
}

export interface MinMaxPoint {
  t: number;
  min: number | null;
  max: number | null;
}

export const MIN_POINTS = 60;
export const MAX_POINTS = 1000;

/** How many points a chart this wide should get: about one per 2 px, clamped to 60–1000. */
export function pointBudget(pixelWidth: number): number {
  if (!Number.isFinite(pixelWidth)) return MIN_POINTS;
  return Math.min(MAX_POINTS, Math.max(MIN_POINTS, Math.round(pixelWidth / 2)));
}

/** A whole number no smaller than `min`; NaN and fractions from layout maths become sane. */
export function wholeAtLeast(value: number, min: number): number {
  return Number.isFinite(value) ? Math.max(min, Math.floor(value)) : min;
}

/** A usable value: a finite number; null, undefined and NaN are gaps. */
export function hasValue(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * Largest-Triangle-Three-Buckets, gap-aware: each run of values between nulls is a segment with a
 * share of the budget, and each run of nulls is kept as one gap marker so the chart still breaks.
 * Returns input points (no copies): at most `threshold` values plus the markers, in time order,
 * with the first and last points always kept.
 */
export function lttb<P extends ValuePoint>(points: readonly P[], threshold: number): P[] {
  const budget = wholeAtLeast(threshold, 3);
  if (points.length <= budget) return points.slice();
  const keep = new Uint8Array(points.length);
  const segments: number[] = []; // flat [start, end) pairs
  let valueCount = 0;
  for (let i = 0; i < points.length; i++) {
    if (hasValue(points[i].v)) {
      if (i === 0 || !hasValue(points[i - 1].v)) segments.push(i, i);
      segments[segments.length - 1] = i + 1;
      valueCount += 1;
    } else if (i === 0 || hasValue(points[i - 1].v)) {
      keep[i] = 1; // the first null of a run marks the gap
    }
  }
  const lastSegment = segments.length - 2;
  // The first and last segments always keep their outer point; reserving room for those two
  // keeps the sum of floored shares, and so the values kept, within the budget.
  const spread = valueCount <= budget ? Infinity : lastSegment === 0 ? budget : budget - 2;
  for (let s = 0; s <= lastSegment; s += 2) {
    const start = segments[s];
    const end = segments[s + 1];
    const length = end - start;
    let quota = Math.floor((spread * length) / valueCount);
    if (s === 0 || s === lastSegment) quota = Math.max(quota, 1);
    if (quota >= length) keep.fill(1, start, end);
    else if (quota >= 3) lttbRange(points, start, end, quota, keep);
    else if (quota === 2) keep[start] = keep[end - 1] = 1;
    // A segment whose share rounds to 0 is a sliver of a pixel: dropped so the budget holds.
    else if (quota === 1) keep[s === lastSegment && s !== 0 ? end - 1 : start] = 1;
  }
  const last = points.length - 1;
  if (!hasValue(points[last].v)) {
    // A trailing run of nulls is marked by its last point, so the series still ends where it did.
    let runStart = last;
    while (runStart > 0 && !hasValue(points[runStart - 1].v)) runStart -= 1;
    if (runStart > 0) keep[runStart] = 0;
    keep[last] = 1;
  }
  const result: P[] = [];
  for (let i = 0; i <= last; i++) {
    if (!keep[i]) continue;
    // Dropping a segment leaves two markers side by side; one is enough.
    const isMarker = !hasValue(points[i].v);
    if (isMarker && i !== last && result.length > 0 && !hasValue(result[result.length - 1].v)) {
      continue;
    }
    result.push(points[i]);
  }
  return result;
}

/** Classic LTTB over points[start, end), all with values, marking `count` of them in keep. */
function lttbRange(
  points: readonly ValuePoint[],
  start: number,
  end: number,
  count: number,
  keep: Uint8Array,
): void {
  const every = (end - start - 2) / (count - 2);
  let a = start;
  keep[start] = 1;
  for (let bucket = 0; bucket < count - 2; bucket++) {
    // Average of the next bucket is the third corner of the triangle.
    const nextStart = start + Math.floor((bucket + 1) * every) + 1;
    const nextEnd = Math.min(start + Math.floor((bucket + 2) * every) + 1, end);
    let avgT = 0;
    let avgV = 0;
    for (let j = nextStart; j < nextEnd; j++) {
      avgT += points[j].t;
      avgV += points[j].v as number;
    }
    const nextLength = nextEnd - nextStart;
    avgT /= nextLength;
    avgV /= nextLength;
    const at = points[a].t;
    const av = points[a].v as number;
    let maxArea = -1;
    let chosen = nextStart - 1;
    for (let j = start + Math.floor(bucket * every) + 1; j < nextStart; j++) {
      const area = Math.abs(
        (at - avgT) * ((points[j].v as number) - av) - (at - points[j].t) * (avgV - av),
      );
      if (area > maxArea) {
        maxArea = area;
        chosen = j;
      }
    }
    keep[chosen] = 1;
    a = chosen;
  }
  keep[end - 1] = 1;
}

/** Maps a time to one of `count` equal-width buckets spanning [first, last]. */
export function timeBucketIndexer(
  first: number,
  last: number,
  count: number,
): (t: number) => number {
  const width = (last - first) / count;
  if (!(width > 0)) return () => 0;
  return (t) => Math.min(count - 1, Math.floor((t - first) / width));
}

/**
 * Min and max per time bucket, for a band behind the line so a one-sample spike survives at 7 d.
 * A null point ends the bucket and comes out as a null row, so gaps stay gaps.
 */
export function minMaxBuckets(points: readonly ValuePoint[], bucketCount: number): MinMaxPoint[] {
  const result: MinMaxPoint[] = [];
  if (points.length === 0) return result;
  const count = wholeAtLeast(bucketCount, 1);
  const indexOf = timeBucketIndexer(points[0].t, points[points.length - 1].t, count);
  let bucket = -1;
  let firstT = 0;
  let lastT = 0;
  let min = Infinity;
  let max = -Infinity;
  const flush = () => {
    if (bucket >= 0) result.push({ t: (firstT + lastT) / 2, min, max });
    bucket = -1;
  };
  for (let i = 0; i < points.length; i++) {
    const { t, v } = points[i];
    if (!hasValue(v)) {
      flush();
      if (result.length === 0 || result[result.length - 1].max !== null) {
        result.push({ t, min: null, max: null });
      }
      continue;
    }
    const index = indexOf(t);
    if (index !== bucket) {
      flush();
      bucket = index;
      firstT = t;
      min = v;
      max = v;
    }
    lastT = t;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  flush();
  return result;
}
