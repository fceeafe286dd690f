// Domain types: what the dashboard works with after the wire has been parsed and adapted.
// Times are epoch milliseconds; a number the API did not give (or gave as nonsense) is null.

/** Field name → the rejected wire value as short text. Absent on samples with nothing rejected. */
export type RejectedValues = Readonly<Record<string, string>>;

export const PERIODS = ['1h', '6h', '24h', '7d'] as const;
export type Period = (typeof PERIODS)[number];

export interface Server {
  id: string;
  name: string;
  description: string;
  host: string;
  port: number | null;
  cpuCores: number | null;
  ramTotalBytes: number | null;
  osName: string;
  osVersion: string;
  proxyType: string;
  provisioningStep: string;
  /** Lower-cased; "active" and "unreachable" are documented, anything else is shown neutrally. */
  status: string;
  statusMessage: string;
  lastSeenAt: number | null;
  createdAt: number | null;
  updatedAt: number | null;
}

export interface ServerSample {
  collectedAt: number;
  cpuUsagePercent: number | null;
  cpuLoad1m: number | null;
  cpuLoad5m: number | null;
  cpuLoad15m: number | null;
  ramTotalBytes: number | null;
  ramUsedBytes: number | null;
  ramAvailableBytes: number | null;
  ramUsagePercent: number | null;
  diskTotalBytes: number | null;
  diskUsedBytes: number | null;
  diskAvailableBytes: number | null;
  diskUsagePercent: number | null;
  /** Cumulative since boot. */
  networkRxBytes: number | null;
  networkTxBytes: number | null;
  uptimeSeconds: number | null;
  /** What the API sent for fields read as null because they were impossible; display only. */
  rejected?: RejectedValues;
}

export interface InstanceDomain {
  domain: string;
  isPrimary: boolean;
  sslStatus: string;
  sslExpiresAt: number | null;
}

export interface Instance {
  id: string;
  name: string;
  slug: string;
  serverId: string;
  /** Lower-cased: creating, running, stopped, restarting, failed, removing, error, or unknown text. */
  status: string;
  statusMessage: string;
  healthScore: number | null;
  healthScoreGrade: string;
  healthScoreUpdatedAt: number | null;
  restartCount: number | null;
  lastRestartAt: number | null;
  lastSeenAt: number | null;
  odooVersion: string;
  odooEdition: string;
  domains: InstanceDomain[];
  limitMemoryHard: number | null;
  limitMemorySoft: number | null;
  createdAt: number | null;
  updatedAt: number | null;
}

export interface InstanceSample {
  collectedAt: number;
  cpuUsagePercent: number | null;
  memoryUsedBytes: number | null;
  memoryLimitBytes: number | null;
  memoryUsagePercent: number | null;
  diskUsedBytes: number | null;
  networkRxBytes: number | null;
  networkTxBytes: number | null;
  /** Every other numeric field the API sent, by its wire name, charted generically. */
  extra: Record<string, number>;
  /** What the API sent for known metrics read as null because they were impossible; display only. */
  rejected?: RejectedValues;
}

export interface ServerMetrics {
  period: Period;
  samples: ServerSample[];
}

export interface InstanceMetrics {
  period: Period;
  samples: InstanceSample[];
}
