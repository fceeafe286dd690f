// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildFleet } from '../fleet/fleet.ts';
import { INSTANCE_SCENARIOS } from '../fleet/fleet-instances.ts';
import { SERVER_SCENARIOS } from '../fleet/fleet-servers.ts';
import { instanceSampleAt } from './instance-series.ts';
import { serverSampleAt, type ServerSampleWire } from './server-series.ts';
import { historyTimes, PERIOD_MS, RAW_STEP_MS } from './timeline.ts';

const NOW = Date.UTC(2026, 10, 26, 12, 0, 15);
const fleet = buildFleet(7, NOW, null);

function history(serverId: string, periodMs: number, stepMs = RAW_STEP_MS): ServerSampleWire[] {
  const server = fleet.serversById.get(serverId);
  if (!server) throw new Error(`no ${serverId}`);
  const times = historyTimes(server.behaviour, NOW, periodMs, stepMs);
  return times.flatMap((t) => serverSampleAt(server, t) ?? []);
}

describe('simulated series', () => {
  it('covers the scenarios with enough entities', () => {
    expect(fleet.servers.length).toBeGreaterThanOrEqual(12);
    expect(fleet.instances.length).toBeGreaterThanOrEqual(30);
    const statuses = new Set(fleet.instances.map((instance) => instance.status));
    for (const status of [
      'creating',
      'running',
      'stopped',
      'restarting',
      'failed',
      'removing',
      'error',
    ]) {
      expect(statuses).toContain(status);
    }
  });

  it('keeps totals consistent and counters monotonic within a boot', () => {
    const problems: string[] = [];
    for (const server of fleet.servers) {
      const samples = history(server.id, PERIOD_MS['24h']);
      for (const [index, s] of samples.entries()) {
        const where = `${server.id}@${s.collectedAt}`;
        if (s.ramUsedBytes + s.ramAvailableBytes !== s.ramTotalBytes) problems.push(`ram ${where}`);
        if (s.diskUsedBytes + s.diskAvailableBytes !== s.diskTotalBytes)
          problems.push(`disk ${where}`);
        const ramPercent = (s.ramUsedBytes / s.ramTotalBytes) * 100;
        if (Math.abs(s.ramUsagePercent - ramPercent) > 0.01) problems.push(`ram% ${where}`);
        if (s.cpuUsagePercent < 0 || s.cpuUsagePercent > 100) problems.push(`cpu ${where}`);
        const previous = samples[index - 1];
        if (!previous || s.uptimeSeconds < previous.uptimeSeconds) continue;
        if (s.networkRxBytes < previous.networkRxBytes) problems.push(`rx ${where}`);
        if (s.networkTxBytes < previous.networkTxBytes) problems.push(`tx ${where}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows a reboot as an uptime drop with counters reset', () => {
    const samples = history(SERVER_SCENARIOS.rebooted, PERIOD_MS['24h']);
    const drops = samples.filter(
      (s, i) => i > 0 && s.uptimeSeconds < samples[i - 1]!.uptimeSeconds,
    );
    expect(drops).toHaveLength(1);
    const index = samples.indexOf(drops[0]!);
    expect(samples[index]!.networkRxBytes).toBeLessThan(samples[index - 1]!.networkRxBytes);
  });

  it('keeps each scenario on its side of the dashboard thresholds all week', () => {
    const week = (id: string) => history(id, PERIOD_MS['7d'], 300_000);
    const cores = (id: string) => fleet.serversById.get(id)!.cpuCores;
    for (const id of ['srv-01', 'srv-02', 'srv-11', 'srv-13', SERVER_SCENARIOS.rebooted]) {
      const samples = week(id);
      expect(Math.max(...samples.map((s) => s.cpuUsagePercent))).toBeLessThan(80);
      expect(Math.max(...samples.map((s) => s.ramUsagePercent))).toBeLessThan(80);
      expect(Math.max(...samples.map((s) => s.diskUsagePercent))).toBeLessThan(80);
      expect(Math.max(...samples.map((s) => s.cpuLoad1m))).toBeLessThanOrEqual(cores(id));
    }
    const min = (id: string, pick: (s: ServerSampleWire) => number) =>
      Math.min(...week(id).map(pick));
    expect(min(SERVER_SCENARIOS.cpuHot, (s) => s.cpuUsagePercent)).toBeGreaterThanOrEqual(80);
    const loadAbove = SERVER_SCENARIOS.loadAboveCores;
    expect(min(loadAbove, (s) => s.cpuLoad1m)).toBeGreaterThan(cores(loadAbove));
    expect(min(SERVER_SCENARIOS.diskFull, (s) => s.diskUsagePercent)).toBeGreaterThanOrEqual(90);
    expect(min(SERVER_SCENARIOS.memoryPressure, (s) => s.ramUsagePercent)).toBeGreaterThanOrEqual(
      90,
    );
  });

  it('makes the scenario servers look the part', () => {
    const latest = (id: string) => history(id, PERIOD_MS['1h']).at(-1)!;
    expect(latest(SERVER_SCENARIOS.cpuHot).cpuUsagePercent).toBeGreaterThan(70);
    expect(latest(SERVER_SCENARIOS.loadAboveCores).cpuLoad1m).toBeGreaterThan(2);
    expect(latest(SERVER_SCENARIOS.diskFull).diskUsagePercent).toBeGreaterThanOrEqual(90);
    expect(latest(SERVER_SCENARIOS.memoryPressure).ramUsagePercent).toBeGreaterThan(85);
    const unreachable = history(SERVER_SCENARIOS.unreachable, PERIOD_MS['1h']);
    expect(NOW - Date.parse(unreachable.at(-1)!.collectedAt)).toBeGreaterThan(20 * 60_000);
    expect(history(SERVER_SCENARIOS.provisioning, PERIOD_MS['7d'])).toEqual([]);
  });

  it('generates a dense week (its speed is measured by bench/compute.ts)', () => {
    const samples = history(SERVER_SCENARIOS.healthy, PERIOD_MS['7d']);
    expect(samples).toHaveLength(20_160);
  });

  it('gives identical values for the same seed and time, different for another seed', () => {
    const again = buildFleet(7, NOW, null).serversById.get(SERVER_SCENARIOS.healthy)!;
    const other = buildFleet(8, NOW, null).serversById.get(SERVER_SCENARIOS.healthy)!;
    const original = fleet.serversById.get(SERVER_SCENARIOS.healthy)!;
    expect(serverSampleAt(again, NOW)).toEqual(serverSampleAt(original, NOW));
    expect(serverSampleAt(other, NOW)).not.toEqual(serverSampleAt(original, NOW));
  });

  it('shapes instance samples per instance', () => {
    const at = (id: string) => instanceSampleAt(fleet.instancesById.get(id)!, NOW);
    expect(at(INSTANCE_SCENARIOS.aliasFields)).toMatchObject({ cpuPercent: expect.any(Number) });
    expect(at(INSTANCE_SCENARIOS.aliasFields)).not.toHaveProperty('cpuUsagePercent');
    expect(at(INSTANCE_SCENARIOS.extraFields)).toMatchObject({
      httpResponseMs: expect.any(Number),
    });
    expect(at(INSTANCE_SCENARIOS.noMetrics)).toBeNull();
    expect(at(INSTANCE_SCENARIOS.failed)).toBeNull();
    expect(Number(at(INSTANCE_SCENARIOS.cpuOverOneCore)?.cpuUsagePercent)).toBeGreaterThan(100);
  });

  it('scales to a thousand servers', () => {
    const big = buildFleet(7, NOW, 1000);
    expect(big.servers).toHaveLength(1000);
    expect(big.instances.length).toBeGreaterThan(1000);
    expect(new Set(big.instances.map((i) => i.id)).size).toBe(big.instances.length);
    expect(big.instances.every((i) => big.serversById.has(i.serverId))).toBe(true);
  });
});
