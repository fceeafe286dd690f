// The all-instances list: worst first, filtered by text and status, sorted by what the operator asks.
import type { Instance } from '../model/types.ts';

export const INSTANCE_SORTS = ['worst', 'name', 'health', 'restarts'] as const;
export type InstanceSort = (typeof INSTANCE_SORTS)[number];

/** 'all', 'problems' (anything not running) or one status word. */
export type StatusFilter = string;

const STATUS_RANK: Record<string, number> = {
  error: 0,
  failed: 0,
  restarting: 1,
  creating: 1,
  removing: 1,
  stopped: 2,
  running: 3,
};

/** error/failed → restarting/creating/removing → stopped (and unknown words) → running. */
export function statusRank(status: string): number {
  return STATUS_RANK[status.trim().toLowerCase()] ?? 2;
}

export interface IndexedInstance {
  instance: Instance;
  serverName: string;
  /** Lower-cased text the filter searches. */
  haystack: string;
}

/** Once per list: what each instance can be found by. */
export function indexInstances(
  instances: readonly Instance[],
  serverNames: ReadonlyMap<string, string>,
): IndexedInstance[] {
  return instances.map((instance) => {
    const serverName = serverNames.get(instance.serverId) ?? '';
    const haystack = [
      instance.name,
      instance.slug,
      instance.id,
      instance.status,
      serverName,
      instance.serverId,
      instance.odooVersion,
      instance.odooEdition,
      ...instance.domains.map((domain) => domain.domain),
    ]
      .join('\n')
      .toLowerCase();
    return { instance, serverName, haystack };
  });
}

const byName = (a: IndexedInstance, b: IndexedInstance) =>
  a.instance.name.localeCompare(b.instance.name) || a.instance.id.localeCompare(b.instance.id);
// Unknown health sorts after known, whichever way the list runs.
const health = (item: IndexedInstance) => item.instance.healthScore ?? Infinity;
const restarts = (item: IndexedInstance) => item.instance.restartCount ?? -1;

const COMPARATORS: Record<InstanceSort, (a: IndexedInstance, b: IndexedInstance) => number> = {
  worst: (a, b) =>
    statusRank(a.instance.status) - statusRank(b.instance.status) ||
    health(a) - health(b) ||
    restarts(b) - restarts(a) ||
    byName(a, b),
  name: byName,
  health: (a, b) => health(a) - health(b) || byName(a, b),
  restarts: (a, b) => restarts(b) - restarts(a) || byName(a, b),
};

export function filterAndSortInstances(
  items: readonly IndexedInstance[],
  text: string,
  status: StatusFilter,
  sort: InstanceSort,
): IndexedInstance[] {
  const needle = text.trim().toLowerCase();
  const wanted = status.toLowerCase();
  const matching = items.filter(
    (item) =>
      (needle === '' || item.haystack.includes(needle)) &&
      (wanted === 'all' ||
        (wanted === 'problems'
          ? item.instance.status !== 'running'
          : (item.instance.status || 'unknown') === wanted)),
  );
  return matching.sort(COMPARATORS[sort]);
}

/** The status words present, worst first, for the status filter's choices. */
export function statusesPresent(instances: readonly Instance[]): string[] {
  const statuses = new Set(instances.map((instance) => instance.status || 'unknown'));
  return [...statuses].sort((a, b) => statusRank(a) - statusRank(b) || a.localeCompare(b));
}
