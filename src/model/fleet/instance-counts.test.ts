import { describe, expect, it } from 'vitest';
import type { Instance } from '../types.ts';
import { countInstancesByServer } from './instance-counts.ts';

const instance = (serverId: string, status: string) => ({ serverId, status }) as Instance;

describe('countInstancesByServer', () => {
  it('counts per server and status, worst first', () => {
    const counts = countInstancesByServer([
      instance('a', 'running'),
      instance('a', 'running'),
      instance('a', 'failed'),
      instance('b', 'stopped'),
    ]);
    expect(counts.get('a')).toEqual([
      { status: 'failed', count: 1, tone: 'critical' },
      { status: 'running', count: 2, tone: 'ok' },
    ]);
    expect(counts.get('b')).toEqual([{ status: 'stopped', count: 1, tone: 'unknown' }]);
    expect(counts.get('c')).toBeUndefined();
  });
});
