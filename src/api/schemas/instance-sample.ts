import { rejectionLog } from './rejected-values.ts';
import type { InstanceSample } from '../../model/types.ts';
import { isRecord, toEpochMs, toNumberInRange, toNumberOrNull } from './wire-values.ts';

// The instance sample schema is undocumented, so this is the one place that knows its spellings.
// First alias with a usable value wins.
type KnownMetric = Exclude<keyof InstanceSample, 'collectedAt' | 'extra' | 'rejected'>;

const METRIC_ALIASES: Record<KnownMetric, readonly string[]> = {
  cpuUsagePercent: ['cpuUsagePercent', 'cpuPercent', 'cpu_percent', 'cpu'],
  memoryUsedBytes: [
    'memoryUsedBytes',
    'memoryUsageBytes',
    'memUsedBytes',
    'memoryBytes',
    'memory_used_bytes',
  ],
  memoryLimitBytes: ['memoryLimitBytes', 'memoryLimit', 'memLimitBytes', 'memory_limit_bytes'],
  memoryUsagePercent: ['memoryUsagePercent', 'memoryPercent', 'memPercent'],
  diskUsedBytes: ['diskUsedBytes', 'diskUsageBytes', 'disk_used_bytes'],
  networkRxBytes: ['networkRxBytes', 'rxBytes', 'netRxBytes'],
  networkTxBytes: ['networkTxBytes', 'txBytes', 'netTxBytes'],
};

const TIME_ALIASES = ['collectedAt', 'collected_at', 'timestamp', 'time', 'ts'];

const KNOWN_KEYS = new Set([...Object.values(METRIC_ALIASES).flat(), ...TIME_ALIASES]);

// Container CPU is a share of one core, so many busy cores exceed 100; beyond this it is nonsense.
const MAX_CPU_PERCENT = 100 * 1024;

const RANGES: Record<KnownMetric, readonly [number, number]> = {
  cpuUsagePercent: [0, MAX_CPU_PERCENT],
  memoryUsedBytes: [0, Number.MAX_SAFE_INTEGER],
  memoryLimitBytes: [0, Number.MAX_SAFE_INTEGER],
  memoryUsagePercent: [0, 100],
  diskUsedBytes: [0, Number.MAX_SAFE_INTEGER],
  networkRxBytes: [0, Number.MAX_SAFE_INTEGER],
  networkTxBytes: [0, Number.MAX_SAFE_INTEGER],
};

/**
 * Adapts one instance sample from history, latest or the live stream, whatever its spelling.
 * Null when it has no usable time. Unknown numeric fields (ids aside) land in `extra`.
 */
export function parseInstanceSample(raw: unknown): InstanceSample | null {
  if (!isRecord(raw)) return null;
  const collectedAt = firstUsable(raw, TIME_ALIASES, toEpochMs);
  if (collectedAt === null) return null;

  const log = rejectionLog();
  const metric = (name: KnownMetric, fallback: number | null = null) =>
    log.keep(
      name,
      firstPresent(raw, METRIC_ALIASES[name]),
      firstUsable(raw, METRIC_ALIASES[name], (value) => toNumberInRange(value, ...RANGES[name])) ??
        fallback,
    );
  const memoryUsedBytes = metric('memoryUsedBytes');
  const memoryLimitBytes = metric('memoryLimitBytes');

  const sample: InstanceSample = {
    collectedAt,
    cpuUsagePercent: metric('cpuUsagePercent'),
    memoryUsedBytes,
    memoryLimitBytes,
    memoryUsagePercent: metric('memoryUsagePercent', percentOf(memoryUsedBytes, memoryLimitBytes)),
    diskUsedBytes: metric('diskUsedBytes'),
    networkRxBytes: metric('networkRxBytes'),
    networkTxBytes: metric('networkTxBytes'),
    extra: extraMetrics(raw),
  };
  const rejected = log.result();
  if (rejected) sample.rejected = rejected;
  return sample;
}

/** The first alias the API sent a value for (usable or not), for "invalid (raw)" display. */
function firstPresent(raw: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) if (raw[key] !== undefined && raw[key] !== null) return raw[key];
  return undefined;
}

function firstUsable<T>(
  raw: Record<string, unknown>,
  keys: readonly string[],
  read: (value: unknown) => T | null,
): T | null {
  for (const key of keys) {
    const value = read(raw[key]);
    if (value !== null) return value;
  }
  return null;
}

function percentOf(used: number | null, limit: number | null): number | null {
  // No limit (0) or usage above it means the pair cannot give a meaningful share.
  if (used === null || limit === null || limit <= 0 || used > limit) return null;
  return (used / limit) * 100;
}

function isIdKey(key: string): boolean {
  return key === 'id' || /(Id|_id|ID)$/.test(key);
}

function extraMetrics(raw: Record<string, unknown>): Record<string, number> {
  const extra: Record<string, number> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (KNOWN_KEYS.has(key) || isIdKey(key) || key === '__proto__') continue;
    const number = toNumberOrNull(value);
    if (number !== null) extra[key] = number;
  }
  return extra;
}
