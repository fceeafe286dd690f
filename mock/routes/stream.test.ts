// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INSTANCE_SCENARIOS } from '../fleet/fleet-instances.ts';
import type { RunningMockServer } from '../server/server.ts';
import { heartbeatIntervalMs, firstEventId } from './stream.ts';
import { openStream } from '../testing/test-helpers.ts';
import { DETERMINISTIC, startTestMock } from '../testing/test-mock.ts';
import { instanceSampleSchema } from '../testing/test-schemas.ts';

let server: RunningMockServer | undefined;
afterEach(() => server?.close());

const stats = async () => {
  const response = await fetch(`${server!.url}/__mock/stats`);
  return (await response.json()) as Record<string, number>;
};

describe('metrics stream', () => {
  it('sends a retry hint and the first event at once, then more with increasing ids', async () => {
    server = await startTestMock({ ...DETERMINISTIC, streamIntervalMs: 60 });
    const { response, sse, abort } = await openStream(server, INSTANCE_SCENARIOS.running);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    await vi.waitFor(() => expect(sse.events().length).toBeGreaterThanOrEqual(1));
    expect(sse.frames[0]).toEqual({ retry: '3000' });
    const [first] = sse.events();
    expect(first).toMatchObject({ id: '1', event: 'metrics' });
    instanceSampleSchema.parse(JSON.parse(first!.data!));
    await vi.waitFor(() => expect(sse.events().length).toBeGreaterThanOrEqual(3));
    expect(
      sse
        .events()
        .slice(0, 3)
        .map((event) => event.id),
    ).toEqual(['1', '2', '3']);
    abort();
  });

  it('waits for the interval after the first event and sends heartbeats in between', async () => {
    server = await startTestMock({ ...DETERMINISTIC, streamIntervalMs: 60_000 });
    const { sse, abort } = await openStream(server, INSTANCE_SCENARIOS.running);
    // A minute between events: the first one arriving at all proves it was sent at once.
    await vi.waitFor(() => expect(sse.events()).toHaveLength(1));
    // Proving an absence needs a short wait; the next event is a minute away.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sse.events()).toHaveLength(1);
    expect(heartbeatIntervalMs(60_000)).toBe(15_000);
    expect(heartbeatIntervalMs(10_000)).toBe(5_000);
    abort();
    await server.close();
    server = await startTestMock({ ...DETERMINISTIC, streamIntervalMs: 40 });
    const stream = await openStream(server, INSTANCE_SCENARIOS.running);
    await vi.waitFor(() =>
      expect(stream.sse.frames.some((frame) => frame.comment === 'keepalive')).toBe(true),
    );
    stream.abort();
  });

  it('sends unnamed events for some instances', async () => {
    server = await startTestMock(DETERMINISTIC);
    const { sse, abort } = await openStream(server, INSTANCE_SCENARIOS.unnamedStreamEvents);
    await vi.waitFor(() => expect(sse.events().length).toBeGreaterThanOrEqual(1));
    expect(sse.events()[0]!.event).toBeUndefined();
    abort();
  });

  it('continues numbering after Last-Event-ID', async () => {
    server = await startTestMock(DETERMINISTIC);
    const { sse, abort } = await openStream(server, INSTANCE_SCENARIOS.running, {
      'Last-Event-ID': '41',
    });
    await vi.waitFor(() => expect(sse.events().length).toBeGreaterThanOrEqual(2));
    expect(
      sse
        .events()
        .slice(0, 2)
        .map((event) => event.id),
    ).toEqual(['42', '43']);
    expect(firstEventId('not-a-number')).toBe(1);
    expect(firstEventId(undefined)).toBe(1);
    abort();
  });

  it('only sends heartbeats for an instance that is not reporting', async () => {
    server = await startTestMock({ ...DETERMINISTIC, streamIntervalMs: 20 });
    const { sse, abort } = await openStream(server, INSTANCE_SCENARIOS.failed);
    await vi.waitFor(() => expect(sse.frames.filter((f) => f.comment).length).toBeGreaterThan(2));
    expect(sse.events()).toEqual([]);
    abort();
  });

  it('cleans up its timers when the client disconnects', async () => {
    server = await startTestMock(DETERMINISTIC);
    const streams = await Promise.all([
      openStream(server, INSTANCE_SCENARIOS.running),
      openStream(server, INSTANCE_SCENARIOS.aliasFields),
    ]);
    await vi.waitFor(async () =>
      expect(await stats()).toMatchObject({ openStreams: 2, streamTimers: 4 }),
    );
    for (const stream of streams) stream.abort();
    await vi.waitFor(async () =>
      expect(await stats()).toMatchObject({ openStreams: 0, streamTimers: 0 }),
    );
    expect((await stats()).streamConnects).toBe(2);
  });

  it('ends open streams when the server closes', async () => {
    server = await startTestMock(DETERMINISTIC);
    const { sse } = await openStream(server, INSTANCE_SCENARIOS.running);
    await vi.waitFor(() => expect(sse.events().length).toBeGreaterThanOrEqual(1));
    const state = server.state;
    await server.close();
    await sse.done;
    expect(sse.ended).toBe(true);
    expect(state.stats()).toMatchObject({ openStreams: 0, streamTimers: 0 });
  });
});
