// Zod schemas of the wire shapes the mock promises (API.md), for the mock's own tests.
import { z } from 'zod';

const isoTime = z.iso.datetime();
const bytes = z.number().int().nonnegative();
const percent = z.number().min(0).max(100);

export const serverSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  host: z.string(),
  port: z.number().int(),
  sshUser: z.string(),
  authMethod: z.string(),
  maxSshSessions: z.number().int(),
  cpuCores: z.number().int().positive(),
  ramTotalBytes: bytes,
  osName: z.string(),
  osVersion: z.string(),
  proxyType: z.string(),
  provisioningStep: z.string(),
  status: z.string(),
  statusMessage: z.string(),
  lastSeenAt: isoTime.nullable(),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const serverSampleSchema = z.strictObject({
  id: z.string(),
  serverId: z.string(),
  collectedAt: isoTime,
  cpuUsagePercent: percent,
  cpuLoad1m: z.number().nonnegative(),
  cpuLoad5m: z.number().nonnegative(),
  cpuLoad15m: z.number().nonnegative(),
  ramTotalBytes: bytes,
  ramUsedBytes: bytes,
  ramAvailableBytes: bytes,
  ramUsagePercent: percent,
  diskTotalBytes: bytes,
  diskUsedBytes: bytes,
  diskAvailableBytes: bytes,
  diskUsagePercent: percent,
  networkRxBytes: bytes,
  networkTxBytes: bytes,
  uptimeSeconds: z.number().int().nonnegative(),
});

export const instanceSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  serverId: z.string(),
  status: z.string(),
  statusMessage: z.string(),
  healthScore: z.number().min(0).max(100).nullable(),
  healthScoreGrade: z.string(),
  healthScoreUpdatedAt: isoTime.nullable(),
  restartCount: z.number().int().nonnegative(),
  lastRestartAt: isoTime.nullable(),
  lastSeenAt: isoTime.nullable(),
  odooVersion: z.string(),
  odooEdition: z.string(),
  domains: z.array(
    z.strictObject({
      domain: z.string(),
      isPrimary: z.boolean(),
      sslStatus: z.string(),
      sslExpiresAt: isoTime.nullable(),
    }),
  ),
  limitMemoryHard: bytes,
  limitMemorySoft: bytes,
  createdAt: isoTime,
  updatedAt: isoTime,
});

/** The standard instance sample; extra numeric fields are allowed (and must be numbers). */
export const instanceSampleSchema = z
  .object({
    id: z.string(),
    instanceId: z.string(),
    collectedAt: isoTime,
    cpuUsagePercent: z.number().nonnegative(),
    memoryUsedBytes: bytes,
    memoryLimitBytes: bytes,
    memoryUsagePercent: percent,
    diskUsedBytes: bytes,
    networkRxBytes: bytes,
    networkTxBytes: bytes,
  })
  .catchall(z.number());

/** The alias-named sample one instance sends instead. */
export const aliasInstanceSampleSchema = z.strictObject({
  id: z.string(),
  instanceId: z.string(),
  collectedAt: isoTime,
  cpuPercent: z.number().nonnegative(),
  memoryUsageBytes: bytes,
  memoryLimit: bytes,
  diskUsedBytes: bytes,
  networkRxBytes: bytes,
  networkTxBytes: bytes,
});

export const errorBodySchema = z.strictObject({
  error: z.strictObject({ code: z.string(), message: z.string().min(1) }),
});
