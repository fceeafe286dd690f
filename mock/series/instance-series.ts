// Instance samples as pure functions of (instance, time), in the shape each instance chooses.
import {
  bootBefore,
  clamp,
  cumulativeBytes,
  dailyCycle,
  jitter,
  round2,
  smoothNoise,
  spike,
} from './curves.ts';
import type { InstanceBehaviour, MockInstance } from '../fleet/fleet-types.ts';
import { inGap } from './timeline.ts';
import { DAY_MS, MINUTE_MS } from '../fleet/units.ts';

/** An instance sample on the wire: an open object of strings and numbers (see API.md). */
export type InstanceSampleWire = Record<string, string | number>;

function cpuPercent(b: InstanceBehaviour, t: number): number {
  const value =
    b.cpuBase +
    b.cpuSwing * dailyCycle(t, 0.5) +
    b.cpuNoise * smoothNoise(b.seed, t, 240_000) +
    b.cpuNoise * 0.5 * jitter(b.seed, t) +
    spike(b.seed, t, b.spikeChance) * Math.max(40, b.cpuBase);
  return Math.max(0.1, value);
}

function memoryFraction(b: InstanceBehaviour, t: number, bootMs: number): number {
  const base =
    b.memoryBase +
    b.memorySwing * dailyCycle(t, 1) +
    0.02 * smoothNoise(b.seed ^ 0x3e3, t, 900_000);
  // Workers load modules and fill caches during the first ten minutes after a start.
  const warmUp = Math.min(1, (t - bootMs) / (10 * MINUTE_MS));
  return clamp(base * (0.5 + 0.5 * warmUp), 0.03, 0.99);
}

function extraFields(b: InstanceBehaviour, t: number, cpu: number): InstanceSampleWire {
  const extra: InstanceSampleWire = {};
  for (const field of b.extraFields) {
    const wobble = smoothNoise(b.seed ^ 0xe7, t, 180_000);
    if (field === 'httpResponseMs') extra[field] = Math.round(90 + cpu * 1.5 + 40 * wobble);
    if (field === 'activeWorkers') extra[field] = clamp(Math.round(2 + cpu / 25 + wobble), 1, 16);
  }
  return extra;
}

/** The sample the instance reported at `t`, or null if it was not reporting then. */
export function instanceSampleAt(instance: MockInstance, t: number): InstanceSampleWire | null {
  const b = instance.behaviour;
  if (b.firstSampleMs === null || t < b.firstSampleMs) return null;
  if ((b.lastSampleMs !== null && t > b.lastSampleMs) || inGap(b, t)) return null;
  const bootMs = bootBefore(b.boots, t);
  if (bootMs === null) return null;
  const cpu = round2(cpuPercent(b, t));
  const limit = b.memoryLimitBytes;
  const used = Math.round(limit * memoryFraction(b, t, bootMs));
  const disk = b.diskUsedBytes + (b.diskGrowthBytesPerDay * (t - b.anchorMs)) / DAY_MS;
  const common = {
    id: `${instance.id}-${t}`,
    instanceId: instance.id,
    collectedAt: new Date(t).toISOString(),
  };
  const traffic = {
    diskUsedBytes: Math.max(100_000_000, Math.round(disk)),
    networkRxBytes: cumulativeBytes(b.seed, b.rxBytesPerSecond, bootMs, t),
    networkTxBytes: cumulativeBytes(b.seed ^ 0x7e, b.txBytesPerSecond, bootMs, t),
  };
  if (b.fieldStyle === 'alias') {
    return { ...common, cpuPercent: cpu, memoryUsageBytes: used, memoryLimit: limit, ...traffic };
  }
  return {
    ...common,
    cpuUsagePercent: cpu,
    memoryUsedBytes: used,
    memoryLimitBytes: limit,
    memoryUsagePercent: round2((used / limit) * 100),
    ...traffic,
    ...extraFields(b, t, cpu),
  };
}
