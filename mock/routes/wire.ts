// Entities as the API sends them: ISO timestamps, lastSeenAt from the newest sample.
import type { MockInstance, MockServer } from '../fleet/fleet-types.ts';
import { alignDown, newestSampleTime } from '../series/timeline.ts';

export interface ServerWire {
  id: string;
  name: string;
  description: string;
  host: string;
  port: number;
  sshUser: string;
  authMethod: string;
  maxSshSessions: number;
  cpuCores: number;
  ramTotalBytes: number;
  osName: string;
  osVersion: string;
  proxyType: string;
  provisioningStep: string;
  status: string;
  statusMessage: string;
  /** null until the server first reports. */
  lastSeenAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DomainWire {
  domain: string;
  isPrimary: boolean;
  sslStatus: string;
  sslExpiresAt: string | null;
}

export interface InstanceWire {
  id: string;
  name: string;
  slug: string;
  serverId: string;
  status: string;
  statusMessage: string;
  healthScore: number | null;
  healthScoreGrade: string;
  healthScoreUpdatedAt: string | null;
  restartCount: number;
  lastRestartAt: string | null;
  lastSeenAt: string | null;
  odooVersion: string;
  odooEdition: string;
  domains: DomainWire[];
  limitMemoryHard: number;
  limitMemorySoft: number;
  containerName: string;
  createdAt: string;
  updatedAt: string;
}

export function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

export function serverToWire(server: MockServer, now: number): ServerWire {
  const { behaviour, createdAtMs, updatedAtMs, ...fields } = server;
  return {
    ...fields,
    lastSeenAt: isoOrNull(newestSampleTime(behaviour, now)),
    createdAt: new Date(createdAtMs).toISOString(),
    updatedAt: new Date(updatedAtMs).toISOString(),
  };
}

export function instanceToWire(instance: MockInstance, now: number): InstanceWire {
  const { behaviour, createdAtMs, updatedAtMs, lastRestartAtMs, domains, ...fields } = instance;
  const lastSeen = newestSampleTime(behaviour, now);
  return {
    ...fields,
    // oCore rescores health every five minutes.
    healthScoreUpdatedAt: instance.healthScore === null ? null : isoOrNull(alignDown(now, 300_000)),
    lastRestartAt: isoOrNull(lastRestartAtMs),
    lastSeenAt: isoOrNull(lastSeen),
    domains: domains.map(({ sslExpiresAtMs, ...domain }) => ({
      ...domain,
      sslExpiresAt: isoOrNull(sslExpiresAtMs),
    })),
    limitMemoryHard: behaviour.memoryLimitBytes,
    containerName: `odoo-${instance.slug}`,
    createdAt: new Date(createdAtMs).toISOString(),
    updatedAt: new Date(updatedAtMs).toISOString(),
  };
}
