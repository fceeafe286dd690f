import { z } from 'zod/mini';
import { parseInstanceSample } from './instance-sample.ts';
import type {
  Instance,
  InstanceDomain,
  InstanceMetrics,
  InstanceSample,
  Period,
} from '../../model/types.ts';
import { listItems, parseEach, parseLatest, parseMetrics, unwrapDetail } from './wire-shapes.ts';
import {
  isRecord,
  toBoolean,
  toEpochMs,
  toText,
  wireCount,
  wireId,
  wirePercent,
  wireStatus,
  wireText,
  wireTimestamp,
  wireValue,
} from './wire-values.ts';

function parseDomain(raw: unknown): InstanceDomain | null {
  // A bare hostname is a domain we know nothing else about.
  if (typeof raw === 'string') {
    const domain = raw.trim();
    return domain === '' ? null : { domain, isPrimary: false, sslStatus: '', sslExpiresAt: null };
  }
  if (!isRecord(raw)) return null;
  const domain = toText(raw.domain).trim();
  if (domain === '') return null;
  return {
    domain,
    isPrimary: toBoolean(raw.isPrimary),
    sslStatus: toText(raw.sslStatus).trim().toLowerCase(),
    sslExpiresAt: toEpochMs(raw.sslExpiresAt),
  };
}

const wireDomains = wireValue((value) =>
  Array.isArray(value) ? parseEach(value, parseDomain) : [],
);

export const instanceSchema = z.object({
  id: wireId,
  name: wireText,
  slug: wireText,
  serverId: wireText,
  status: wireStatus,
  statusMessage: wireText,
  healthScore: wirePercent,
  healthScoreGrade: wireValue((value) => toText(value).trim()),
  healthScoreUpdatedAt: wireTimestamp,
  restartCount: wireCount,
  lastRestartAt: wireTimestamp,
  lastSeenAt: wireTimestamp,
  odooVersion: wireText,
  odooEdition: wireText,
  domains: wireDomains,
  limitMemoryHard: wireCount,
  limitMemorySoft: wireCount,
  createdAt: wireTimestamp,
  updatedAt: wireTimestamp,
}) satisfies z.ZodMiniType<Instance>;

export function parseInstance(raw: unknown): Instance | null {
  const result = instanceSchema.safeParse(raw);
  return result.success ? result.data : null;
}

export function parseInstanceList(json: unknown): Instance[] {
  return parseEach(listItems(json, 'instances'), parseInstance);
}

export function parseInstanceDetail(json: unknown): Instance {
  return instanceSchema.parse(unwrapDetail(json, 'instance'));
}

export function parseInstanceMetrics(json: unknown, requested: Period): InstanceMetrics {
  return parseMetrics(json, requested, parseInstanceSample);
}

export function parseInstanceLatest(json: unknown): InstanceSample {
  return parseLatest(json, parseInstanceSample, 'time');
}
