import type { Server, ServerSample } from '../types.ts';
import { freshness, SERVER_REPORT_INTERVAL_MS } from '../freshness.ts';
import type { Tone } from './status-tone.ts';
import { loadSeverity, percentSeverity, worstSeverity } from '../thresholds.ts';

/**
 * One server's verdict in the operator's words. "no metrics": it reports (last seen) but no sample
 * is known yet or the sample holds no numbers; "never reported": nothing at all so far.
 */
export type HealthCategory =
  'critical' | 'warning' | 'unreachable' | 'stale' | 'ok' | 'no metrics' | 'never reported';

export interface ServerHealth {
  /** The worst metric severity; "unknown" when nothing is known. */
  tone: Tone;
  cpu: Tone;
  memory: Tone;
  disk: Tone;
  load: Tone;
  isUnreachable: boolean;
  isStale: boolean;
  hasReported: boolean;
  category: HealthCategory;
}

/** Judges one server from its status and newest sample, with the thresholds in thresholds.ts. */
export function serverHealth(
  server: Server,
  sample: ServerSample | null,
  now: number,
): ServerHealth {
  const cpu = percentSeverity(sample?.cpuUsagePercent ?? null);
  const memory = percentSeverity(sample?.ramUsagePercent ?? null);
  const disk = percentSeverity(sample?.diskUsagePercent ?? null);
  const load = loadSeverity(sample?.cpuLoad1m ?? null, server.cpuCores);
  const isUnreachable = server.status === 'unreachable';
  // The newer of our copy's sample and the list's lastSeenAt: a screen that refreshes off-screen
  // servers in rotation holds older copies, but the list (every 30 s) says whether they report.
  const lastReport = newest(sample?.collectedAt ?? null, server.lastSeenAt);
  const isStale =
    lastReport !== null && freshness(lastReport, SERVER_REPORT_INTERVAL_MS, now).state !== 'fresh';
  const hasReported = sample !== null || server.lastSeenAt !== null;
  const metricTone = sample ? worstSeverity(cpu, memory, disk, load) : 'unknown';
  const tone: Tone = isUnreachable ? 'critical' : metricTone;
  const category: HealthCategory = !hasReported
    ? 'never reported'
    : isUnreachable
      ? 'unreachable'
      : isStale
        ? 'stale'
        : metricTone === 'unknown'
          ? 'no metrics'
          : metricTone;
  return { tone, cpu, memory, disk, load, isUnreachable, isStale, hasReported, category };
}

function newest(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}
