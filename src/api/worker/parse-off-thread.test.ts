import { describe, expect, it } from 'vitest';
import type { ServerMetrics } from '../../model/types.ts';
import { isLongHistory, OffThreadParseError, parseHistoryOffThread } from './parse-off-thread.ts';

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

// jsdom has no Worker: these run the same-thread path, which shares every function with the worker.
describe('parseHistoryOffThread', () => {
  it('parses a server history to the same shape as on the main thread', async () => {
    const body = JSON.stringify({
      period: '7d',
      metrics: [
        { collectedAt: '2026-12-01T10:00:30Z', cpuUsagePercent: 20 },
        { collectedAt: '2026-12-01T10:00:00Z', cpuUsagePercent: 10 },
      ],
    });
    const parsed = await parseHistoryOffThread<ServerMetrics>('server', bytesOf(body), '7d');
    expect(parsed.period).toBe('7d');
    expect(parsed.samples.map((sample) => sample.cpuUsagePercent)).toEqual([10, 20]);
  });

  it('says whether the body was not JSON or had the wrong shape', async () => {
    await expect(parseHistoryOffThread('server', bytesOf('<html>'), '7d')).rejects.toEqual(
      new OffThreadParseError('json', 'not JSON'),
    );
    await expect(parseHistoryOffThread('server', bytesOf('{"rows": 3}'), '7d')).rejects.toThrow(
      'expected a list of metrics',
    );
  });

  it('sends only the long periods', () => {
    expect(['1h', '6h', '24h', '7d'].map((p) => isLongHistory(p as '1h'))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});
