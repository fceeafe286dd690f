// Building blocks for realistic metric curves; every function is pure in (seed, time).
import { hashUnit } from './prng.ts';

const DAY_MS = 86_400_000;
const DAILY_OMEGA = (2 * Math.PI) / 86_400;
const FAST_OMEGA = (2 * Math.PI) / 2_820;

/** Smooth noise in [-1, 1]: cosine-interpolated random knots every `knotMs`. */
export function smoothNoise(seed: number, t: number, knotMs: number): number {
  const position = t / knotMs;
  const knot = Math.floor(position);
  const fraction = position - knot;
  const blend = (1 - Math.cos(fraction * Math.PI)) / 2;
  const a = hashUnit(seed, knot) * 2 - 1;
  const b = hashUnit(seed, knot + 1) * 2 - 1;
  return a + (b - a) * blend;
}

/** Per-instant jitter in [-1, 1], different at every second. */
export function jitter(seed: number, t: number): number {
  return hashUnit(seed ^ 0x5bd1e995, Math.floor(t / 1000)) * 2 - 1;
}

/** Business-hours cycle in [-1, 1]: peaks mid-afternoon UTC, lowest before dawn. */
export function dailyCycle(t: number, phaseHours = 0): number {
  const dayFraction = (((t / DAY_MS + phaseHours / 24) % 1) + 1) % 1;
  return Math.sin((dayFraction - 0.375) * 2 * Math.PI);
}

/** Occasional short bursts: 0 most of the time, up to 1 at the peak of a spike. */
export function spike(seed: number, t: number, chancePerBucket: number): number {
  const bucketMs = 600_000;
  const bucket = Math.floor(t / bucketMs);
  let strongest = 0;
  // A spike may straddle bucket edges, so look at the neighbours too.
  for (let b = bucket - 1; b <= bucket + 1; b++) {
    if (hashUnit(seed ^ 0x27d4eb2d, b) >= chancePerBucket) continue;
    const centre = (b + hashUnit(seed ^ 0x165667b1, b)) * bucketMs;
    const halfWidth = 60_000 + hashUnit(seed ^ 0xd3a2646c, b) * 180_000;
    const height = 0.5 + hashUnit(seed ^ 0xfd7046c5, b) * 0.5;
    const distance = Math.abs(t - centre);
    if (distance < halfWidth) strongest = Math.max(strongest, height * (1 - distance / halfWidth));
  }
  return strongest;
}

/**
 * Bytes transferred between `fromMs` and `toMs` at a rate that wobbles around `bytesPerSecond`.
 * Closed-form integral of rate·(1 + a·sin(ωt+φ) + b·sin(ω₂t+φ₂)) with a+b < 1, so it only grows.
 */
export function cumulativeBytes(
  seed: number,
  bytesPerSecond: number,
  fromMs: number,
  toMs: number,
): number {
  if (toMs <= fromMs) return 0;
  const from = fromMs / 1000;
  const to = toMs / 1000;
  const dailyPhase = (seed % 628) / 100;
  const fastPhase = ((seed >>> 10) % 628) / 100;
  const dailyWave =
    (0.45 / DAILY_OMEGA) *
    (Math.cos(DAILY_OMEGA * to + dailyPhase) - Math.cos(DAILY_OMEGA * from + dailyPhase));
  const fastWave =
    (0.25 / FAST_OMEGA) *
    (Math.cos(FAST_OMEGA * to + fastPhase) - Math.cos(FAST_OMEGA * from + fastPhase));
  const integral = to - from - dailyWave - fastWave;
  return Math.floor(bytesPerSecond * integral);
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The most recent boot at or before `t`, or null when `t` precedes every boot. */
export function bootBefore(boots: readonly number[], t: number): number | null {
  let latest: number | null = null;
  for (const boot of boots) if (boot <= t) latest = boot;
  return latest;
}
