// Alert events raised and cleared over time by the rules, from the fleet's own simulated state,
// plus what operators did to them (resolve one, resolve all).
import { createHash } from 'node:crypto';
import type { Fleet } from '../fleet/fleet-types.ts';
import { alignDown } from '../series/timeline.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../fleet/units.ts';
import { alertRule, judgeInstance, judgeServer, type Reading } from './alert-rules.ts';

/** Rules are evaluated on this grid, like a real scheduler would. */
export const EVALUATION_STEP_MS = 5 * MINUTE_MS;
/** How far before the fleet's start the history of events reaches (less for large fleets). */
const LOOKBACK_MS = 24 * HOUR_MS;
/** Server evaluations the first history may cost, so a 1,000-server fleet answers in well under 1 s. */
const LOOKBACK_BUDGET = 20_000;
/** Resolved events older than this are forgotten, so a mock running for weeks stays small. */
const RETENTION_MS = 7 * DAY_MS;

export interface AlertRecord {
  id: string;
  ruleId: string;
  resourceType: 'server' | 'instance';
  resourceId: string;
  resourceName: string;
  /** The reading that raised it. */
  value: number;
  triggeredAtMs: number;
  resolvedAtMs: number | null;
}

function eventId(ruleId: string, resourceId: string, triggeredAtMs: number): string {
  const hex = createHash('sha1').update(`${ruleId}|${resourceId}|${triggeredAtMs}`).digest('hex');
  // Shaped like a UUID v5, as oCore's ids are UUIDs.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export class AlertEngine {
  private readonly records: AlertRecord[] = [];
  /** The record of each (rule, resource) whose condition still holds, resolved by hand or not. */
  private readonly firing = new Map<string, AlertRecord>();
  private evaluatedTo: number;

  constructor(
    private readonly fleet: Fleet,
    anchorMs: number,
  ) {
    const affordable = (LOOKBACK_BUDGET / Math.max(1, fleet.servers.length)) * EVALUATION_STEP_MS;
    const lookback = Math.max(HOUR_MS, Math.min(LOOKBACK_MS, affordable));
    this.evaluatedTo = alignDown(anchorMs - lookback, EVALUATION_STEP_MS) - EVALUATION_STEP_MS;
  }

  /** Every event up to `now`, newest first. */
  events(now: number): AlertRecord[] {
    this.advance(now);
    return this.records.filter((record) => record.triggeredAtMs <= now).reverse();
  }

  openCount(now: number): number {
    return this.events(now).filter((record) => record.resolvedAtMs === null).length;
  }

  /** 'resolved' when it was open, 'already' when it was not, null when there is no such event. */
  resolve(id: string, now: number): 'resolved' | 'already' | null {
    const record = this.events(now).find((candidate) => candidate.id === id);
    if (!record) return null;
    if (record.resolvedAtMs !== null) return 'already';
    record.resolvedAtMs = now;
    return 'resolved';
  }

  resolveAll(now: number): number {
    const open = this.events(now).filter((record) => record.resolvedAtMs === null);
    for (const record of open) record.resolvedAtMs = now;
    return open.length;
  }

  private advance(now: number): void {
    const until = alignDown(now, EVALUATION_STEP_MS);
    for (let t = this.evaluatedTo + EVALUATION_STEP_MS; t <= until; t += EVALUATION_STEP_MS) {
      this.evaluateAt(t);
      this.evaluatedTo = t;
    }
    const cutoff = now - RETENTION_MS;
    const keepFrom = this.records.findIndex(
      (record) => record.resolvedAtMs === null || record.resolvedAtMs >= cutoff,
    );
    if (keepFrom > 0) this.records.splice(0, keepFrom);
  }

  private evaluateAt(t: number): void {
    for (const server of this.fleet.servers) {
      const readings = judgeServer(server, t, (ruleId) =>
        this.firing.has(`${ruleId}|${server.id}`),
      );
      for (const [ruleId, reading] of readings) {
        this.apply(ruleId, 'server', server.id, server.name, reading, t);
      }
    }
    for (const instance of this.fleet.instances) {
      const key = `rule-instance-down|${instance.id}`;
      const reading = judgeInstance(instance, t, this.firing.has(key));
      this.apply('rule-instance-down', 'instance', instance.id, instance.name, reading, t);
    }
  }

  private apply(
    ruleId: string,
    resourceType: 'server' | 'instance',
    resourceId: string,
    resourceName: string,
    reading: Reading,
    t: number,
  ): void {
    if (reading === null) return;
    const key = `${ruleId}|${resourceId}`;
    const current = this.firing.get(key);
    if (reading.firing && !current) {
      const record: AlertRecord = {
        id: eventId(alertRule(ruleId).id, resourceId, t),
        ruleId,
        resourceType,
        resourceId,
        resourceName,
        value: Math.round(reading.value * 10) / 10,
        triggeredAtMs: t,
        resolvedAtMs: null,
      };
      this.records.push(record);
      this.firing.set(key, record);
    } else if (!reading.firing && current) {
      current.resolvedAtMs ??= t;
      this.firing.delete(key);
    }
  }
}
