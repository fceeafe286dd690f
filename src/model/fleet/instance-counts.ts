import type { Instance } from '../types.ts';
import { instanceStatusTone, TONE_ORDER, type Tone } from './status-tone.ts';

export interface StatusCount {
  status: string;
  tone: Tone;
  count: number;
}

/** Instance counts per server, per status, worst status first. */
export function countInstancesByServer(instances: readonly Instance[]): Map<string, StatusCount[]> {
  const byServer = new Map<string, Map<string, number>>();
  for (const instance of instances) {
    const counts = byServer.get(instance.serverId) ?? new Map<string, number>();
    const status = instance.status || 'unknown';
    counts.set(status, (counts.get(status) ?? 0) + 1);
    byServer.set(instance.serverId, counts);
  }
  const result = new Map<string, StatusCount[]>();
  for (const [serverId, counts] of byServer) {
    const list = [...counts].map(([status, count]) => ({
      status,
      count,
      tone: instanceStatusTone(status),
    }));
    list.sort(
      (a, b) => TONE_ORDER[a.tone] - TONE_ORDER[b.tone] || a.status.localeCompare(b.status),
    );
    result.set(serverId, list);
  }
  return result;
}
