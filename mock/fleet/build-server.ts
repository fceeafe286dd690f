// Turns a short server spec into a full entity with the behaviour of an ordinary healthy host.
import { hashString, mix32 } from '../series/prng.ts';
import type { MockServer, ServerBehaviour } from './fleet-types.ts';
import { DAY_MS, GIB, HOUR_MS } from './units.ts';

export interface ServerSpec {
  id: string;
  name: string;
  description: string;
  host: string;
  cpuCores: number;
  ramGiB: number;
  diskGiB: number;
  createdDaysAgo: number;
  status?: string;
  statusMessage?: string;
  provisioningStep?: string;
  osVersion?: string;
  behaviour?: Partial<ServerBehaviour>;
}

/** Builds a server from a spec, filling in the ordinary behaviour of a healthy host. */
export function buildServer(seed: number, anchorMs: number, spec: ServerSpec): MockServer {
  const createdAtMs = anchorMs - spec.createdDaysAgo * DAY_MS;
  const behaviour: ServerBehaviour = {
    seed: mix32(seed, hashString(spec.id)),
    anchorMs,
    cpuBase: 24,
    cpuSwing: 12,
    cpuNoise: 6,
    spikeChance: 0.04,
    // Healthy hosts stay under the 80 % warning line even at the top of a spike.
    spikeHeight: 25,
    loadFactor: 0.9,
    ramBase: 0.52,
    ramSwing: 0.08,
    diskTotalBytes: spec.diskGiB * GIB,
    diskUsedFraction: 0.46,
    diskGrowthFractionPerDay: 0.002,
    rxBytesPerSecond: 260_000,
    txBytesPerSecond: 140_000,
    boots: [createdAtMs - HOUR_MS],
    firstSampleMs: createdAtMs,
    lastSampleMs: null,
    gaps: [],
    ...spec.behaviour,
  };
  return {
    id: spec.id,
    name: spec.name,
    description: spec.description,
    host: spec.host,
    port: 22,
    sshUser: 'ocore',
    authMethod: 'ssh_key',
    maxSshSessions: 5,
    cpuCores: spec.cpuCores,
    ramTotalBytes: spec.ramGiB * GIB,
    osName: 'Ubuntu',
    osVersion: spec.osVersion ?? '24.04',
    proxyType: 'traefik',
    provisioningStep: spec.provisioningStep ?? 'completed',
    status: spec.status ?? 'active',
    statusMessage: spec.statusMessage ?? '',
    createdAtMs,
    updatedAtMs: Math.max(createdAtMs, anchorMs - 2 * HOUR_MS),
    behaviour,
  };
}
