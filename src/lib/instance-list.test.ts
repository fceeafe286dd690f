import { describe, expect, it } from 'vitest';
import type { Instance } from '../model/types.ts';
import { filterAndSortInstances, indexInstances, statusesPresent } from './instance-list.ts';

const instance = (patch: Partial<Instance>): Instance => ({
  id: patch.name ?? 'i',
  name: 'i',
  slug: '',
  serverId: 'srv-1',
  status: 'running',
  statusMessage: '',
  healthScore: 90,
  healthScoreGrade: 'A',
  healthScoreUpdatedAt: null,
  restartCount: 0,
  lastRestartAt: null,
  lastSeenAt: null,
  odooVersion: '17.0',
  odooEdition: 'community',
  domains: [],
  limitMemoryHard: null,
  limitMemorySoft: null,
  createdAt: null,
  updatedAt: null,
  ...patch,
});

const list = indexInstances(
  [
    instance({ name: 'Running low', healthScore: 40, restartCount: 1 }),
    instance({ name: 'Stopped', status: 'stopped', healthScore: null }),
    instance({ name: 'Failed', status: 'failed', healthScore: 70 }),
    instance({ name: 'Restarting', status: 'restarting', restartCount: 9 }),
    instance({ name: 'Running ok', restartCount: 5, serverId: 'srv-2' }),
    instance({
      name: 'Running ok too',
      restartCount: 0,
      domains: [
        { domain: 'shop.example.com', isPrimary: true, sslStatus: 'active', sslExpiresAt: null },
      ],
    }),
    instance({ name: 'Odd', status: '' }),
  ],
  new Map([['srv-2', 'odoo-prod-eu-2']]),
);
const names = (items: ReturnType<typeof filterAndSortInstances>) =>
  items.map((item) => item.instance.name);

describe('filterAndSortInstances', () => {
  it('puts the worst first: failed, restarting, stopped, running; then health and restarts', () => {
    expect(names(filterAndSortInstances(list, '', 'all', 'worst'))).toEqual([
      'Failed',
      'Restarting',
      'Odd',
      'Stopped',
      'Running low',
      'Running ok',
      'Running ok too',
    ]);
  });

  it('sorts by name, by health (worst first, unknown last) and by restarts (most first)', () => {
    expect(names(filterAndSortInstances(list, '', 'all', 'name'))[0]).toBe('Failed');
    expect(names(filterAndSortInstances(list, '', 'all', 'health')).slice(0, 2)).toEqual([
      'Running low',
      'Failed',
    ]);
    expect(names(filterAndSortInstances(list, '', 'all', 'health')).at(-1)).toBe('Stopped');
    expect(names(filterAndSortInstances(list, '', 'all', 'restarts')).slice(0, 2)).toEqual([
      'Restarting',
      'Running ok',
    ]);
  });

  it('filters by text over name, server name and domains, and by status', () => {
    expect(names(filterAndSortInstances(list, ' PROD-EU ', 'all', 'worst'))).toEqual([
      'Running ok',
    ]);
    expect(names(filterAndSortInstances(list, 'shop.example', 'all', 'worst'))).toEqual([
      'Running ok too',
    ]);
    expect(names(filterAndSortInstances(list, '', 'problems', 'worst'))).toEqual([
      'Failed',
      'Restarting',
      'Odd',
      'Stopped',
    ]);
    expect(names(filterAndSortInstances(list, '', 'unknown', 'worst'))).toEqual(['Odd']);
    expect(names(filterAndSortInstances(list, 'running', 'stopped', 'worst'))).toEqual([]);
  });

  it('lists the statuses present, worst first', () => {
    expect(statusesPresent(list.map((item) => item.instance))).toEqual([
      'failed',
      'restarting',
      'stopped',
      'unknown',
      'running',
    ]);
  });
});
