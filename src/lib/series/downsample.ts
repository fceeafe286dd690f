// How many points a chart gets, and which time bucket a sample falls in: the budget that
// downsample-series.ts fits long series (7 d at 30 s is 20,160 samples) into.
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
