// The live stream's capped, immutable sample buffer: React sees a new array only on change.
import { sortAndDedupe } from './gaps.ts';

export interface BufferLimits {
  maxLength: number;
  /** Samples older than this (relative to `now`) are dropped. */
  maxAgeMs?: number;
  /** Reference time for maxAgeMs; defaults to the newest sample, which keeps this pure. */
  now?: number;
}

/** Index of the first sample to keep so the buffer respects maxAgeMs and maxLength. */
function firstKept<T extends { collectedAt: number }>(
  samples: readonly T[],
  extra: number,
  newest: number,
  { maxLength, maxAgeMs, now = newest }: BufferLimits,
): number {
  let start = Math.max(0, samples.length + extra - Math.max(0, Math.floor(maxLength)));
  if (maxAgeMs !== undefined) {
    const cutoff = now - maxAgeMs;
    while (start < samples.length && samples[start].collectedAt < cutoff) start += 1;
  }
  return start;
}

/**
 * Appends a streamed sample, dropping what is too old or beyond maxLength. A sample that is not
 * newer than the newest one (duplicate or out of order) or already too old is ignored. Returns
 * the same array when nothing changed, so React can skip the render. Treat the result as
 * immutable; it is typed mutable only so it drops into `useState<T[]>`.
 */
export function appendCapped<T extends { collectedAt: number }>(
  buffer: readonly T[],
  sample: T,
  limits: BufferLimits,
): T[] {
  const t = sample.collectedAt;
  const newestBefore = buffer.length > 0 ? buffer[buffer.length - 1].collectedAt : -Infinity;
  const tooOld =
    limits.maxAgeMs !== undefined && limits.now !== undefined && t < limits.now - limits.maxAgeMs;
  const accept = Number.isFinite(t) && t > newestBefore && !tooOld && limits.maxLength >= 1;
  const newest = accept ? t : newestBefore;
  const start = firstKept(buffer, accept ? 1 : 0, newest, limits);
  if (!accept) return start === 0 ? (buffer as T[]) : buffer.slice(start);
  const next = buffer.slice(start);
  next.push(sample);
  return next;
}

/** A fresh buffer from fetched history (any order, maybe duplicates), within the same limits. */
export function seedBuffer<T extends { collectedAt: number }>(
  samples: readonly T[],
  limits: BufferLimits,
): T[] {
  const sorted = sortAndDedupe(samples);
  const newest = sorted.length > 0 ? sorted[sorted.length - 1].collectedAt : 0;
  return sorted.slice(firstKept(sorted, 0, newest, limits));
}
