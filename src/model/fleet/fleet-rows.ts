// The rows of the fleet table and the wall: each server with its newest samples, its health judged
// at one moment, and its instance counts.
import type { Server, ServerSample } from '../types.ts';
import type { StatusCount } from './instance-counts.ts';
import { byServerName, byWorstFirst } from './fleet-health.ts';
import { serverHealth, type ServerHealth } from './server-health.ts';

/** The two newest samples seen by polling (the pair gives network rates); null sample = no report yet. */
export interface LatestServerSamples {
  sample: ServerSample | null;
  previous: ServerSample | null;
}

export const NO_LATEST: LatestServerSamples = { sample: null, previous: null };
const NO_INSTANCES: StatusCount[] = [];

export interface HealthRow {
  server: Server;
  sample: ServerSample | null;
  /** The sample before `sample`, for network rates. */
  previous: ServerSample | null;
  health: ServerHealth;
  /** Null while the instance list is unknown (not loaded, or failed). */
  instances: StatusCount[] | null;
  /** Where the row leads; null where nothing is clickable (a kiosk). */
  href: string | null;
}

export interface HealthRowsInput {
  servers: readonly Server[];
  /** Per server, in the same order; missing entries count as no report yet. */
  latest: readonly (LatestServerSamples | undefined)[];
  /** Null while the instance list is unknown. */
  instanceCounts: ReadonlyMap<string, StatusCount[]> | null;
  judgedAt: number;
  hrefFor: (server: Server) => string | null;
}

interface CachedRow {
  latest: LatestServerSamples;
  instances: StatusCount[] | null;
  judgedAt: number;
  row: HealthRow;
}

/**
 * A rows builder with its own memory: a row whose inputs did not change is the very object of last
 * time, so one server's new sample does not hand the other 999 memoised rows a re-render.
 */
export function createHealthRows() {
  const cache = new WeakMap<Server, CachedRow>();
  return function healthRows(input: HealthRowsInput): HealthRow[] {
    const { instanceCounts, judgedAt } = input;
    return input.servers.map((server, index) => {
      const latest = input.latest[index] ?? NO_LATEST;
      const instances = instanceCounts ? (instanceCounts.get(server.id) ?? NO_INSTANCES) : null;
      const href = input.hrefFor(server);
      const cached = cache.get(server);
      if (
        cached?.latest === latest &&
        cached.instances === instances &&
        cached.judgedAt === judgedAt &&
        cached.row.href === href
      ) {
        return cached.row;
      }
      const { sample, previous } = latest;
      const health = serverHealth(server, sample, judgedAt);
      const row: HealthRow = { server, sample, previous, health, instances, href };
      cache.set(server, { latest, instances, judgedAt, row });
      return row;
    });
  };
}

export type FleetSort = 'worst' | 'name';

// Each server's lower-cased search text, built once per server object (the list's refresh).
const searchTexts = new WeakMap<Server, string>();

function searchText(server: Server): string {
  let text = searchTexts.get(server);
  if (text === undefined) {
    text = [server.name, server.host, server.status, server.id].join('\n').toLowerCase();
    searchTexts.set(server, text);
  }
  return text;
}

/** The rows whose name, host, status or id contains the filter text, order kept. */
export function filterRows<T extends HealthRow>(rows: readonly T[], filter: string): readonly T[] {
  const needle = filter.trim().toLowerCase();
  return needle ? rows.filter(({ server }) => searchText(server).includes(needle)) : rows;
}

/** The rows whose name, host, status or id contains the filter text, in the chosen order. */
export function filterAndSortRows<T extends HealthRow>(
  rows: readonly T[],
  filter: string,
  sort: FleetSort,
): T[] {
  return [...filterRows(rows, filter)].sort(sort === 'name' ? byServerName : byWorstFirst);
}
