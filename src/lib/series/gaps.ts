// Cleaning API time series before they are charted: order, duplicates, gaps and step size.

/**
 * Oldest first, whatever order the API sent. For duplicate timestamps the last one received
 * wins (it is the newer reading); samples without a finite time are dropped. Never mutates.
 */
export function sortAndDedupe<T extends { collectedAt: number }>(samples: readonly T[]): T[] {
  const indices: number[] = [];
  for (let i = 0; i < samples.length; i++) {
    if (Number.isFinite(samples[i].collectedAt)) indices.push(i);
  }
  // Ties sort by arrival, so the last of a run of equal timestamps is the last received.
  indices.sort((a, b) => samples[a].collectedAt - samples[b].collectedAt || a - b);
  const result: T[] = [];
  for (let k = 0; k < indices.length; k++) {
    const sample = samples[indices[k]];
    const next = k + 1 < indices.length ? samples[indices[k + 1]] : undefined;
    if (next === undefined || next.collectedAt !== sample.collectedAt) result.push(sample);
  }
  return result;
}

/** A gap is a step longer than this many expected steps. */
export const GAP_FACTOR = 1.5;

/**
 * Inserts one gap point (from makeGap) one expected step after every point followed by a gap
 * longer than GAP_FACTOR × expectedStepMs, so a chart with connectNulls off breaks the line.
 */
export function insertGaps<T>(
  points: readonly T[],
  getTime: (point: T) => number,
  expectedStepMs: number,
  makeGap: (t: number) => T,
): T[] {
  if (!(expectedStepMs > 0) || !Number.isFinite(expectedStepMs)) return points.slice();
  const result: T[] = [];
  const maxStep = expectedStepMs * GAP_FACTOR;
  for (let i = 0; i < points.length; i++) {
    result.push(points[i]);
    if (i + 1 < points.length) {
      const t = getTime(points[i]);
      if (getTime(points[i + 1]) - t > maxStep) result.push(makeGap(t + expectedStepMs));
    }
  }
  return result;
}

/** Median step between sorted times, for periods with an undocumented step; null if unknown. */
export function estimateStepMs(times: readonly number[]): number | null {
  const deltas: number[] = [];
  for (let i = 1; i < times.length; i++) {
    const delta = times[i] - times[i - 1];
    // Duplicates and disorder say nothing about the step.
    if (delta > 0 && Number.isFinite(delta)) deltas.push(delta);
  }
  if (deltas.length === 0) return null;
  deltas.sort((a, b) => a - b);
  const middle = deltas.length >> 1;
  return deltas.length % 2 === 1 ? deltas[middle] : (deltas[middle - 1] + deltas[middle]) / 2;
}
