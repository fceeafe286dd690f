import { usedWithinTotal } from '../../model/validity.ts';
import type { Period, Server, ServerMetrics, ServerSample } from '../../model/types.ts';
import { rejectionLog } from './rejected-values.ts';
import { listItems, parseEach, parseLatest, parseMetrics, unwrapDetail } from './wire-shapes.ts';
import {
  isRecord,
  readFields,
  toCount,
  toEpochMs,
  toId,
  toNumberInRange,
  toPercent,
  toStatus,
  toText,
  type FieldReaders,
} from './wire-values.ts';

function toPort(value: unknown): number | null {
  const port = toNumberInRange(value, 1, 65_535);
  return port !== null && Number.isInteger(port) ? port : null;
}

const SERVER_FIELDS: FieldReaders<Omit<Server, 'id'>> = {
  name: toText,
  description: toText,
  host: toText,
  port: toPort,
  cpuCores: toCount,
  ramTotalBytes: toCount,
  osName: toText,
  osVersion: toText,
  proxyType: toText,
  provisioningStep: toText,
  status: toStatus,
  statusMessage: toText,
  lastSeenAt: toEpochMs,
  createdAt: toEpochMs,
  updatedAt: toEpochMs,
};

/** A server, or null without a usable id (it could not be linked to). */
export function parseServer(raw: unknown): Server | null {
  const id = isRecord(raw) ? toId(raw.id) : null;
  return id === null || !isRecord(raw) ? null : { id, ...readFields(raw, SERVER_FIELDS) };
}

/**
 * One sample, or null when it has no usable `collectedAt` (it could not be placed on a chart).
 * Plain code rather than zod, with a fast path for clean samples: a dense 7-day history is
 * 20,000 of these on the main thread.
 */
export function parseServerSample(raw: unknown): ServerSample | null {
  if (!isRecord(raw)) return null;
  const collectedAt = toEpochMs(raw.collectedAt);
  if (collectedAt === null) return null;
  const clean = cleanSample(raw, collectedAt);
  if (clean) return clean;
  const log = rejectionLog();
  const count = (field: keyof ServerSample) => log.keep(field, raw[field], toCount(raw[field]));
  const ramTotalBytes = count('ramTotalBytes');
  const diskTotalBytes = count('diskTotalBytes');
  // Used beyond the total is a broken reading.
  const ramUsedBytes = log.keep(
    'ramUsedBytes',
    raw.ramUsedBytes,
    atMost(toCount(raw.ramUsedBytes), ramTotalBytes),
  );
  const diskUsedBytes = log.keep(
    'diskUsedBytes',
    raw.diskUsedBytes,
    atMost(toCount(raw.diskUsedBytes), diskTotalBytes),
  );
  const percent = (field: keyof ServerSample, fallback: number | null) =>
    log.keep(field, raw[field], toPercent(raw[field]) ?? fallback);
  const sample: ServerSample = {
    collectedAt,
    cpuUsagePercent: percent('cpuUsagePercent', null),
    cpuLoad1m: count('cpuLoad1m'),
    cpuLoad5m: count('cpuLoad5m'),
    cpuLoad15m: count('cpuLoad15m'),
    ramTotalBytes,
    ramUsedBytes,
    ramAvailableBytes: count('ramAvailableBytes'),
    ramUsagePercent: percent('ramUsagePercent', percentOf(ramUsedBytes, ramTotalBytes)),
    diskTotalBytes,
    diskUsedBytes,
    diskAvailableBytes: count('diskAvailableBytes'),
    diskUsagePercent: percent('diskUsagePercent', percentOf(diskUsedBytes, diskTotalBytes)),
    networkRxBytes: count('networkRxBytes'),
    networkTxBytes: count('networkTxBytes'),
    uptimeSeconds: count('uptimeSeconds'),
  };
  const rejected = log.result();
  if (rejected) sample.rejected = rejected;
  return sample;
}

const COUNT_FIELDS = [
  'cpuLoad1m',
  'cpuLoad5m',
  'cpuLoad15m',
  'ramTotalBytes',
  'ramUsedBytes',
  'ramAvailableBytes',
  'diskTotalBytes',
  'diskUsedBytes',
  'diskAvailableBytes',
  'networkRxBytes',
  'networkTxBytes',
  'uptimeSeconds',
] as const;
const PERCENT_FIELDS = ['cpuUsagePercent', 'ramUsagePercent', 'diskUsagePercent'] as const;

/**
 * The usual sample, every reading a plain number in range and used ≤ total, read without any
 * rejection bookkeeping (what the general path would return for it); null for anything else.
 */
function cleanSample(raw: Record<string, unknown>, collectedAt: number): ServerSample | null {
  for (const field of COUNT_FIELDS) {
    const value = raw[field];
    if (typeof value !== 'number' || !(value >= 0 && value <= Number.MAX_SAFE_INTEGER)) return null;
  }
  for (const field of PERCENT_FIELDS) {
    const value = raw[field];
    if (typeof value !== 'number' || !(value >= 0 && value <= 100)) return null;
  }
  const reading = raw as Record<
    (typeof COUNT_FIELDS)[number] | (typeof PERCENT_FIELDS)[number],
    number
  >;
  if (!usedWithinTotal(reading.ramUsedBytes, reading.ramTotalBytes)) return null;
  if (!usedWithinTotal(reading.diskUsedBytes, reading.diskTotalBytes)) return null;
  return {
    collectedAt,
    cpuUsagePercent: reading.cpuUsagePercent,
    cpuLoad1m: reading.cpuLoad1m,
    cpuLoad5m: reading.cpuLoad5m,
    cpuLoad15m: reading.cpuLoad15m,
    ramTotalBytes: reading.ramTotalBytes,
    ramUsedBytes: reading.ramUsedBytes,
    ramAvailableBytes: reading.ramAvailableBytes,
    ramUsagePercent: reading.ramUsagePercent,
    diskTotalBytes: reading.diskTotalBytes,
    diskUsedBytes: reading.diskUsedBytes,
    diskAvailableBytes: reading.diskAvailableBytes,
    diskUsagePercent: reading.diskUsagePercent,
    networkRxBytes: reading.networkRxBytes,
    networkTxBytes: reading.networkTxBytes,
    uptimeSeconds: reading.uptimeSeconds,
  };
}

function atMost(used: number | null, total: number | null): number | null {
  return used !== null && total !== null && !usedWithinTotal(used, total) ? null : used;
}

function percentOf(used: number | null, total: number | null): number | null {
  if (used === null || total === null || total <= 0 || !usedWithinTotal(used, total)) return null;
  return (used / total) * 100;
}

export function parseServerList(json: unknown): Server[] {
  return parseEach(listItems(json, 'servers'), parseServer);
}

export function parseServerDetail(json: unknown): Server {
  const server = parseServer(unwrapDetail(json, 'server'));
  if (!server) throw new Error('the server has no usable id');
  return server;
}

export function parseServerMetrics(json: unknown, requested: Period): ServerMetrics {
  return parseMetrics(json, requested, parseServerSample);
}

export function parseServerLatest(json: unknown): ServerSample {
  return parseLatest(json, parseServerSample, 'collectedAt');
}
