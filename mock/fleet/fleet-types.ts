// The simulated fleet: what each entity says about itself plus how its metrics behave over time.
import type { ReportingWindow } from '../series/timeline.ts';

/** How a server's samples evolve; fractions are of the total, rates in bytes per second. */
export interface ServerBehaviour extends ReportingWindow {
  seed: number;
  /** The instant the fleet was built; slow trends such as disk growth are measured from it. */
  anchorMs: number;
  cpuBase: number;
  cpuSwing: number;
  cpuNoise: number;
  spikeChance: number;
  /** CPU percentage points a spike adds at its peak. */
  spikeHeight: number;
  /** Load per busy core; above 1 means I/O wait pushes load past the CPU share. */
  loadFactor: number;
  ramBase: number;
  ramSwing: number;
  diskTotalBytes: number;
  diskUsedFraction: number;
  diskGrowthFractionPerDay: number;
  rxBytesPerSecond: number;
  txBytesPerSecond: number;
  /** Ascending boot instants; counters and uptime restart at each. */
  boots: number[];
}

export interface MockServer {
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
  createdAtMs: number;
  updatedAtMs: number;
  behaviour: ServerBehaviour;
}

/** Extra numeric fields some instances add to their samples, to exercise generic charting. */
export type ExtraField = 'httpResponseMs' | 'activeWorkers';

export interface InstanceBehaviour extends ReportingWindow {
  seed: number;
  anchorMs: number;
  cpuBase: number;
  cpuSwing: number;
  cpuNoise: number;
  spikeChance: number;
  memoryLimitBytes: number;
  memoryBase: number;
  memorySwing: number;
  diskUsedBytes: number;
  diskGrowthBytesPerDay: number;
  rxBytesPerSecond: number;
  txBytesPerSecond: number;
  /** Container starts; counters reset at each. */
  boots: number[];
  /** 'alias' sends cpuPercent / memoryUsageBytes / memoryLimit instead of the usual names. */
  fieldStyle: 'standard' | 'alias';
  extraFields: ExtraField[];
  /** SSE event name: 'metrics', or null for unnamed (default "message") events. */
  streamEventName: 'metrics' | null;
}

export interface MockDomain {
  domain: string;
  isPrimary: boolean;
  sslStatus: string;
  sslExpiresAtMs: number | null;
}

export interface MockInstance {
  id: string;
  name: string;
  slug: string;
  serverId: string;
  status: string;
  statusMessage: string;
  healthScore: number | null;
  healthScoreGrade: string;
  restartCount: number;
  lastRestartAtMs: number | null;
  odooVersion: string;
  odooEdition: string;
  domains: MockDomain[];
  limitMemorySoft: number;
  createdAtMs: number;
  updatedAtMs: number;
  behaviour: InstanceBehaviour;
}

export interface Fleet {
  servers: MockServer[];
  instances: MockInstance[];
  serversById: Map<string, MockServer>;
  instancesById: Map<string, MockInstance>;
}
