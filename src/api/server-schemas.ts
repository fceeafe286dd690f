import { z } from 'zod';
import { isPeriod } from '../lib/periods.ts';
import { sortAndDedupe } from '../lib/series.ts';
import type { Period, Server, ServerMetrics, ServerSample } from './types.ts';
import { listItems, metricsBody, parseEach, unwrapDetail, unwrapSample } from './wire-shapes.ts';
import {
  toNumberInRange,
  wireCount,
  wireId,
  wirePercent,
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

const serverSampleSchema = z.object({
  collectedAt: wireTimestamp,
  cpuUsagePercent: wirePercent,
  cpuLoad1m: wireCount,
  cpuLoad5m: wireCount,
  cpuLoad15m: wireCount,
  ramTotalBytes: wireCount,
  ramUsedBytes: wireCount,
  ramAvailableBytes: wireCount,
  ramUsagePercent: wirePercent,
  diskTotalBytes: wireCount,
  diskUsedBytes: wireCount,
  diskAvailableBytes: wireCount,
  diskUsagePercent: wirePercent,
  networkRxBytes: wireCount,
  networkTxBytes: wireCount,
  uptimeSeconds: wireCount,
});

export function parseServer(raw: unknown): Server | null {
  const result = serverSchema.safeParse(raw);
  return result.success ? result.data : null;
}

/** One sample, or null when it has no usable `collectedAt` (it could not be placed on a chart). */
export function parseServerSample(raw: unknown): ServerSample | null {
  const result = serverSampleSchema.safeParse(raw);
  if (!result.success) return null;
  const { collectedAt, ...values } = result.data;
  if (collectedAt === null) return null;
  // Used beyond the total is a broken reading; the share would be nonsense too.
  const ramUsedBytes = atMost(values.ramUsedBytes, values.ramTotalBytes);
  const diskUsedBytes = atMost(values.diskUsedBytes, values.diskTotalBytes);
  return {
    collectedAt,
    ...values,
    ramUsedBytes,
    diskUsedBytes,
    ramUsagePercent: values.ramUsagePercent ?? percentOf(ramUsedBytes, values.ramTotalBytes),
    diskUsagePercent: values.diskUsagePercent ?? percentOf(diskUsedBytes, values.diskTotalBytes),
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
