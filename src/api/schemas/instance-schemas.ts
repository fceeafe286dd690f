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
  readFields,
  toBoolean,
  toCount,
  toEpochMs,
  toId,
  toPercent,
  toStatus,
  toText,
  type FieldReaders,
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

const INSTANCE_FIELDS: FieldReaders<Omit<Instance, 'id'>> = {
  name: toText,
  slug: toText,
  serverId: toText,
  status: toStatus,
  statusMessage: toText,
  healthScore: toPercent,
  healthScoreGrade: (value) => toText(value).trim(),
  healthScoreUpdatedAt: toEpochMs,
  restartCount: toCount,
  lastRestartAt: toEpochMs,
  lastSeenAt: toEpochMs,
  odooVersion: toText,
  odooEdition: toText,
  domains: (value) => (Array.isArray(value) ? parseEach(value, parseDomain) : []),
  limitMemoryHard: toCount,
  limitMemorySoft: toCount,
  createdAt: toEpochMs,
  updatedAt: toEpochMs,
};

/** An instance, or null without a usable id (it could not be linked to). */
export function parseInstance(raw: unknown): Instance | null {
  const id = isRecord(raw) ? toId(raw.id) : null;
  return id === null || !isRecord(raw) ? null : { id, ...readFields(raw, INSTANCE_FIELDS) };
}

export function parseInstanceList(json: unknown): Instance[] {
  return parseEach(listItems(json, 'instances'), parseInstance);
}

export function parseInstanceDetail(json: unknown): Instance {
  const instance = parseInstance(unwrapDetail(json, 'instance'));
  if (!instance) throw new Error('the instance has no usable id');
  return instance;
}

export function parseInstanceMetrics(json: unknown, requested: Period): InstanceMetrics {
  return parseMetrics(json, requested, parseInstanceSample);
}

export function parseInstanceLatest(json: unknown): InstanceSample {
  return parseLatest(json, parseInstanceSample, 'time');
}
