// Server samples as pure functions of (server, time): any period or step costs the same per point.
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
import type { MockServer, ServerBehaviour } from '../fleet/fleet-types.ts';
import { hashUnit } from './prng.ts';
import { inGap } from './timeline.ts';
import { DAY_MS, HOUR_MS } from '../fleet/units.ts';

/** The wire shape of GET /servers/{id}/metrics[/latest] samples (see API.md). */
export interface ServerSampleWire {
  id: string;
  serverId: string;
  collectedAt: string;
  cpuUsagePercent: number;
  cpuLoad1m: number;
  cpuLoad5m: number;
  cpuLoad15m: number;
  ramTotalBytes: number;
  ramUsedBytes: number;
  ramAvailableBytes: number;
  ramUsagePercent: number;
  diskTotalBytes: number;
  diskUsedBytes: number;
  diskAvailableBytes: number;
  diskUsagePercent: number;
  networkRxBytes: number;
  networkTxBytes: number;
  uptimeSeconds: number;
}

export function cpuPercentAt(b: ServerBehaviour, t: number): number {
  const phaseHours = hashUnit(b.seed, 7) * 3;
  const value =
    b.cpuBase +
    b.cpuSwing * dailyCycle(t, phaseHours) +
    b.cpuNoise * smoothNoise(b.seed, t, 300_000) +
    b.cpuNoise * 0.4 * jitter(b.seed, t) +
    spike(b.seed, t, b.spikeChance) * b.spikeHeight;
  return clamp(value, 0.5, 100);
}

function loadAt(
  server: MockServer,
  t: number,
  cpuPercent = cpuPercentAt(server.behaviour, t),
): number {
  const b = server.behaviour;
  const wobble = 1 + 0.1 * smoothNoise(b.seed ^ 0x10ad, t, 120_000);
  return (server.cpuCores * cpuPercent * b.loadFactor * wobble) / 100;
}

/** Load averages approximated from a few instantaneous loads across their window (cheap, smooth). */
function loadAverages(server: MockServer, t: number, cpuNow: number): [number, number, number] {
  const now = loadAt(server, t, cpuNow);
  const fiveMinutes = (now + loadAt(server, t - 100_000) + loadAt(server, t - 200_000)) / 3;
  const fifteen = (fiveMinutes + loadAt(server, t - 300_000) + loadAt(server, t - 600_000)) / 3;
  return [now, fiveMinutes, fifteen];
}

function ramFraction(b: ServerBehaviour, t: number, bootMs: number): number {
  const base =
    b.ramBase + b.ramSwing * dailyCycle(t, 1) + 0.02 * smoothNoise(b.seed ^ 0x4a4d, t, 1_200_000);
  // Caches refill over the first two hours after a boot.
  const warmUp = Math.min(1, (t - bootMs) / (2 * HOUR_MS));
  return clamp(base * (0.6 + 0.4 * warmUp), 0.05, 0.985);
}

function diskUsedBytes(b: ServerBehaviour, t: number): number {
  const fraction =
    b.diskUsedFraction +
    (b.diskGrowthFractionPerDay * (t - b.anchorMs)) / DAY_MS +
    0.001 * smoothNoise(b.seed ^ 0xd15c, t, HOUR_MS);
  return Math.round(b.diskTotalBytes * clamp(fraction, 0.01, 0.995));
}

/** The sample the server reported at `t`, or null if it was not reporting then. */
export function serverSampleAt(server: MockServer, t: number): ServerSampleWire | null {
  const b = server.behaviour;
  if (b.firstSampleMs === null || t < b.firstSampleMs) return null;
  if ((b.lastSampleMs !== null && t > b.lastSampleMs) || inGap(b, t)) return null;
  const bootMs = bootBefore(b.boots, t);
  if (bootMs === null) return null;
  const ramTotalBytes = server.ramTotalBytes;
  const ramUsedBytes = Math.round(ramTotalBytes * ramFraction(b, t, bootMs));
  const diskTotalBytes = b.diskTotalBytes;
  const diskUsed = diskUsedBytes(b, t);
  const cpu = cpuPercentAt(b, t);
  const [load1, load5, load15] = loadAverages(server, t, cpu);
  return {
    id: `${server.id}-${t}`,
    serverId: server.id,
    collectedAt: new Date(t).toISOString(),
    cpuUsagePercent: round2(cpu),
    cpuLoad1m: round2(load1),
    cpuLoad5m: round2(load5),
    cpuLoad15m: round2(load15),
    ramTotalBytes,
    ramUsedBytes,
    ramAvailableBytes: ramTotalBytes - ramUsedBytes,
    ramUsagePercent: round2((ramUsedBytes / ramTotalBytes) * 100),
    diskTotalBytes,
    diskUsedBytes: diskUsed,
    diskAvailableBytes: diskTotalBytes - diskUsed,
    diskUsagePercent: round2((diskUsed / diskTotalBytes) * 100),
    networkRxBytes: cumulativeBytes(b.seed, b.rxBytesPerSecond, bootMs, t),
    networkTxBytes: cumulativeBytes(b.seed ^ 0x7e, b.txBytesPerSecond, bootMs, t),
    uptimeSeconds: Math.floor((t - bootMs) / 1000),
  };
}
