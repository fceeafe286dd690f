// Turns a short instance spec into a full entity; reporting follows its server (no agent, no data).
import { hashString, mix32 } from '../series/prng.ts';
import type { InstanceBehaviour, MockDomain, MockInstance, MockServer } from './fleet-types.ts';
import { DAY_MS, GIB, HOUR_MS } from './units.ts';

export interface InstanceSpec {
  id: string;
  name: string;
  serverId: string;
  createdDaysAgo: number;
  status?: string;
  statusMessage?: string;
  healthScore?: number | null;
  healthScoreGrade?: string;
  odooVersion?: string;
  odooEdition?: string;
  restartCount?: number;
  /** Defaults to 'active'; 'pending' has no expiry yet. */
  sslStatus?: string;
  sslExpiresInDays?: number;
  behaviour?: Partial<InstanceBehaviour>;
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function domainsFor(slug: string, anchorMs: number, spec: InstanceSpec): MockDomain[] {
  const sslStatus = spec.sslStatus ?? 'active';
  const expires =
    sslStatus === 'pending' ? null : anchorMs + (spec.sslExpiresInDays ?? 64) * DAY_MS;
  return [
    { domain: `${slug}.example.com`, isPrimary: true, sslStatus, sslExpiresAtMs: expires },
    { domain: `${slug}.odoo.example.net`, isPrimary: false, sslStatus, sslExpiresAtMs: expires },
  ];
}

export function buildInstance(
  seed: number,
  anchorMs: number,
  server: MockServer,
  spec: InstanceSpec,
): MockInstance {
  const createdAtMs = anchorMs - spec.createdDaysAgo * DAY_MS;
  const serverWindow = server.behaviour;
  const ownLast = spec.behaviour?.lastSampleMs ?? null;
  const serverLast = serverWindow.lastSampleMs;
  const lastSampleMs =
    ownLast === null ? serverLast : serverLast === null ? ownLast : Math.min(ownLast, serverLast);
  const firstSampleMs =
    serverWindow.firstSampleMs === null || spec.behaviour?.firstSampleMs === null
      ? null
      : Math.max(createdAtMs, serverWindow.firstSampleMs);
  const behaviour: InstanceBehaviour = {
    seed: mix32(seed, hashString(spec.id)),
    anchorMs,
    cpuBase: 12,
    cpuSwing: 7,
    cpuNoise: 3,
    spikeChance: 0.05,
    memoryLimitBytes: 4 * GIB,
    memoryBase: 0.48,
    memorySwing: 0.08,
    diskUsedBytes: 6 * GIB,
    diskGrowthBytesPerDay: 60_000_000,
    rxBytesPerSecond: 45_000,
    txBytesPerSecond: 70_000,
    boots: [createdAtMs, ...serverWindow.boots.filter((boot) => boot > createdAtMs)],
    fieldStyle: 'standard',
    extraFields: [],
    streamEventName: 'metrics',
    gaps: serverWindow.gaps,
    ...spec.behaviour,
    firstSampleMs,
    lastSampleMs,
  };
  const slug = slugify(spec.name);
  const boots = behaviour.boots;
  const lastBoot = boots[boots.length - 1] ?? createdAtMs;
  return {
    id: spec.id,
    name: spec.name,
    slug,
    serverId: server.id,
    status: spec.status ?? 'running',
    statusMessage: spec.statusMessage ?? '',
    healthScore: spec.healthScore === undefined ? 94 : spec.healthScore,
    healthScoreGrade: spec.healthScoreGrade ?? 'A',
    restartCount: spec.restartCount ?? boots.length - 1,
    lastRestartAtMs: boots.length > 1 ? lastBoot : null,
    odooVersion: spec.odooVersion ?? '17.0',
    odooEdition: spec.odooEdition ?? 'community',
    domains: domainsFor(slug, anchorMs, spec),
    limitMemorySoft: Math.round(behaviour.memoryLimitBytes * 0.8),
    createdAtMs,
    updatedAtMs: Math.max(createdAtMs, anchorMs - HOUR_MS),
    behaviour,
  };
}
