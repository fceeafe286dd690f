import { z } from 'zod';
import { isPeriod } from '../lib/periods.ts';
import { sortAndDedupe } from '../lib/series.ts';
import type { Period, Server, ServerMetrics, ServerSample } from './types.ts';
import { listItems, metricsBody, parseEach, unwrapDetail, unwrapSample } from './wire-shapes.ts';
import {
  isRecord,
  toCount,
  toEpochMs,
  toNumberInRange,
  toPercent,
  wireCount,
  wireId,
  wireStatus,
  wireText,
  wireTimestamp,
} from './wire-values.ts';

const wirePort = z
  .unknown()
  .optional()
  .transform((value) => {
    const port = toNumberInRange(value, 1, 65_535);
    return port !== null && Number.isInteger(port) ? port : null;
  });

export const serverSchema = z.object({
  id: wireId,
  name: wireText,
  description: wireText,
  host: wireText,
  port: wirePort,
  cpuCores: wireCount,
  ramTotalBytes: wireCount,
  osName: wireText,
  osVersion: wireText,
  proxyType: wireText,
  provisioningStep: wireText,
  status: wireStatus,
  statusMessage: wireText,
  lastSeenAt: wireTimestamp,
  createdAt: wireTimestamp,
  updatedAt: wireTimestamp,
}) satisfies z.ZodType<Server>;

export function parseServer(raw: unknown): Server | null {
  const result = serverSchema.safeParse(raw);
  return result.success ? result.data : null;
}

/**
 * One sample, or null when it has no usable `collectedAt` (it could not be placed on a chart).
 * Plain code rather than zod: a dense 7-day history is 20,000 of these on the main thread.
 */
export function parseServerSample(raw: unknown): ServerSample | null {
  if (!isRecord(raw)) return null;
  const collectedAt = toEpochMs(raw.collectedAt);
  if (collectedAt === null) return null;
  const ramTotalBytes = toCount(raw.ramTotalBytes);
  const diskTotalBytes = toCount(raw.diskTotalBytes);
  // Used beyond the total is a broken reading.
  const ramUsedBytes = atMost(toCount(raw.ramUsedBytes), ramTotalBytes);
  const diskUsedBytes = atMost(toCount(raw.diskUsedBytes), diskTotalBytes);
  return {
    collectedAt,
    cpuUsagePercent: toPercent(raw.cpuUsagePercent),
    cpuLoad1m: toCount(raw.cpuLoad1m),
    cpuLoad5m: toCount(raw.cpuLoad5m),
    cpuLoad15m: toCount(raw.cpuLoad15m),
    ramTotalBytes,
    ramUsedBytes,
    ramAvailableBytes: toCount(raw.ramAvailableBytes),
    ramUsagePercent: toPercent(raw.ramUsagePercent) ?? percentOf(ramUsedBytes, ramTotalBytes),
    diskTotalBytes,
    diskUsedBytes,
    diskAvailableBytes: toCount(raw.diskAvailableBytes),
    diskUsagePercent: toPercent(raw.diskUsagePercent) ?? percentOf(diskUsedBytes, diskTotalBytes),
    networkRxBytes: toCount(raw.networkRxBytes),
    networkTxBytes: toCount(raw.networkTxBytes),
    uptimeSeconds: toCount(raw.uptimeSeconds),
  };
}

function atMost(used: number | null, total: number | null): number | null {
  return used !== null && total !== null && used > total ? null : used;
}

function percentOf(used: number | null, total: number | null): number | null {
  if (used === null || total === null || total <= 0 || used > total) return null;
  return (used / total) * 100;
}

export function parseServerList(json: unknown): Server[] {
  return parseEach(listItems(json, 'servers'), parseServer);
}

export function parseServerDetail(json: unknown): Server {
  return serverSchema.parse(unwrapDetail(json, 'server'));
}

/** Samples oldest first, duplicates dropped; the period the API reports, else the one asked for. */
export function parseServerMetrics(json: unknown, requested: Period): ServerMetrics {
  const { items, period } = metricsBody(json);
  return {
    period: isPeriod(period) ? period : requested,
    samples: sortAndDedupe(parseEach(items, parseServerSample)),
  };
}

export function parseServerLatest(json: unknown): ServerSample {
  const sample = parseServerSample(unwrapSample(json));
  if (!sample) throw new Error('the latest sample has no usable collectedAt');
  return sample;
}
