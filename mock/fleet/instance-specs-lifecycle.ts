// Instances caught in every non-running state: stopped, restarting, failed, removing, error, creating.
import type { InstanceSpec } from './build-instance.ts';
import { DAY_MS, GIB, MINUTE_MS } from './units.ts';

export function lifecycleInstanceSpecs(anchorMs: number): InstanceSpec[] {
  const ago = (ms: number) => anchorMs - ms;
  return [
    {
      id: 'inst-03',
      name: 'Old Demo',
      serverId: 'srv-01',
      createdDaysAgo: 190,
      status: 'stopped',
      statusMessage: 'Stopped by operator@example.com',
      healthScore: null,
      healthScoreGrade: '',
      behaviour: { lastSampleMs: ago(3 * 60 * MINUTE_MS) },
    },
    {
      id: 'inst-07',
      name: 'Quantum Retail',
      serverId: 'srv-02',
      createdDaysAgo: 80,
      status: 'restarting',
      statusMessage: 'Restarting after failed health check (HTTP 502 on /web/health)',
      healthScore: 71,
      healthScoreGrade: 'C',
      restartCount: 6,
      behaviour: { boots: [ago(80 * DAY_MS), ago(90_000)] },
    },
    {
      id: 'inst-13',
      name: 'Atlas Freight',
      serverId: 'srv-04',
      createdDaysAgo: 100,
      status: 'failed',
      statusMessage:
        'Container exited with code 1: psycopg2.OperationalError: could not connect to server',
      healthScore: 12,
      healthScoreGrade: 'F',
      behaviour: { lastSampleMs: ago(40 * MINUTE_MS) },
    },
    {
      id: 'inst-16',
      name: 'Trial 4471',
      serverId: 'srv-05',
      createdDaysAgo: 14,
      status: 'removing',
      statusMessage: 'Removing container and volumes',
      healthScore: null,
      healthScoreGrade: '',
      behaviour: { lastSampleMs: ago(10 * MINUTE_MS) },
    },
    {
      id: 'inst-19',
      name: 'Zen Spa',
      serverId: 'srv-06',
      createdDaysAgo: 60,
      status: 'error',
      statusMessage: 'OOMKilled: memory limit of 2 GiB exceeded',
      healthScore: 20,
      healthScoreGrade: 'F',
      behaviour: { memoryLimitBytes: 2 * GIB, lastSampleMs: ago(2 * 60 * MINUTE_MS) },
    },
    {
      id: 'inst-24',
      name: 'Fresh Start',
      serverId: 'srv-09',
      createdDaysAgo: 0.005,
      status: 'creating',
      statusMessage: 'Waiting for server provisioning',
      healthScore: null,
      healthScoreGrade: '',
      sslStatus: 'pending',
      behaviour: { firstSampleMs: null },
    },
    {
      id: 'inst-26',
      name: 'Dev Old Branch',
      serverId: 'srv-10',
      createdDaysAgo: 35,
      status: 'stopped',
      statusMessage: 'Stopped: idle for 7 days',
      healthScore: null,
      healthScoreGrade: '',
      behaviour: { lastSampleMs: ago(2 * DAY_MS) },
    },
  ];
}
