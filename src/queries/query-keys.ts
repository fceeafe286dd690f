import type { Period } from '../model/types.ts';

// Hierarchical keys: invalidating a level sweeps everything below it.
export const serverKeys = {
  all: ['servers'] as const,
  list: () => [...serverKeys.all, 'list'] as const,
  detail: (id: string) => [...serverKeys.all, 'detail', id] as const,
  metrics: (id: string, period: Period) => [...serverKeys.detail(id), 'metrics', period] as const,
  latest: (id: string) => [...serverKeys.detail(id), 'latest'] as const,
};

export const instanceKeys = {
  all: ['instances'] as const,
  list: (serverId?: string) => [...instanceKeys.all, 'list', serverId ?? 'all'] as const,
  detail: (id: string) => [...instanceKeys.all, 'detail', id] as const,
  metrics: (id: string, period: Period) => [...instanceKeys.detail(id), 'metrics', period] as const,
  latest: (id: string) => [...instanceKeys.detail(id), 'latest'] as const,
  /** The live buffer the stream fills (last 15 minutes). */
  live: (id: string) => [...instanceKeys.detail(id), 'live'] as const,
};

export const alertKeys = {
  all: ['alerts'] as const,
  count: () => [...alertKeys.all, 'count'] as const,
  events: () => [...alertKeys.all, 'events'] as const,
  page: (filter: string, page: number, perPage: number) =>
    [...alertKeys.events(), filter, page, perPage] as const,
  rules: () => [...alertKeys.all, 'rules'] as const,
};
