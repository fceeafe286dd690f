// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INSTANCE_SCENARIOS } from '../fleet/fleet-instances.ts';
import type { Faults } from '../faults/faults.ts';
import type { RunningMockServer } from '../server/server.ts';
import { openStream } from '../testing/test-helpers.ts';
import { DETERMINISTIC, startTestMock } from '../testing/test-mock.ts';

let server: RunningMockServer | undefined;
afterEach(() => server?.close());

async function streamWith(faults: Partial<Faults>, streamIntervalMs = 30) {
  server = await startTestMock({ ...DETERMINISTIC, faults, streamIntervalMs });
  return openStream(server, INSTANCE_SCENARIOS.running);
}

describe('stream faults', () => {
  it('streamStall: headers arrive, then total silence', async () => {
    const { response, sse, abort } = await streamWith({ streamStall: true }, 20);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    // Several intervals and heartbeats would have passed by now.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(sse.frames).toEqual([]);
    expect(sse.pending()).toBe('');
    expect(server!.state.stats()).toMatchObject({ openStreams: 1, streamTimers: 0 });
    abort();
    await vi.waitFor(() => expect(server!.state.openStreams).toBe(0));
  });

  it('streamDropAfter: closes the stream after N events', async () => {
    const { sse } = await streamWith({ streamDropAfter: 3 });
    await sse.done;
    expect(sse.events().map((event) => event.id)).toEqual(['1', '2', '3']);
    await vi.waitFor(() =>
      expect(server!.state.stats()).toMatchObject({ openStreams: 0, streamTimers: 0 }),
    );
  });

  it('streamFrameBytes: one oversize garbage frame after the first event', async () => {
    const { sse, abort } = await streamWith({ streamFrameBytes: 1_500_000 });
    await vi.waitFor(() => expect(sse.events().length).toBeGreaterThanOrEqual(3), {
      timeout: 5_000,
    });
    const [first, huge, third] = sse.events();
    expect(() => JSON.parse(first!.data!)).not.toThrow();
    expect(huge!.data!.length).toBe(1_500_000);
    expect(() => JSON.parse(huge!.data!)).toThrow();
    expect(() => JSON.parse(third!.data!)).not.toThrow();
    expect(sse.events().filter((event) => event.data!.length > 10_000)).toHaveLength(1);
    abort();
  });

  it('malformed applies to stream events', async () => {
    const invalid = await streamWith({ malformed: 'invalid-json' });
    await vi.waitFor(() => expect(invalid.sse.events().length).toBeGreaterThanOrEqual(1));
    expect(() => JSON.parse(invalid.sse.events()[0]!.data!)).toThrow();
    invalid.abort();
    await server!.close();

    const duplicates = await streamWith({ malformed: 'duplicates' });
    await vi.waitFor(() => expect(duplicates.sse.events().length).toBeGreaterThanOrEqual(4));
    const ids = duplicates.sse.events().map((event) => event.id);
    expect(ids.slice(0, 4)).toEqual(['1', '1', '2', '2']);
    duplicates.abort();
    await server!.close();

    const absurd = await streamWith({ malformed: 'absurd-values' });
    await vi.waitFor(() => expect(absurd.sse.events().length).toBeGreaterThanOrEqual(2));
    // Some stamps are skewed on purpose, so "backwards" is judged in time order.
    const [a, b] = absurd.sse
      .events()
      .map((event) => JSON.parse(event.data!) as Record<string, number | string>)
      .sort((x, y) => Date.parse(String(x.collectedAt)) - Date.parse(String(y.collectedAt)));
    expect(a!.cpuUsagePercent).toBe(4000);
    expect(Number(b!.networkRxBytes)).toBeLessThan(Number(a!.networkRxBytes));
    absurd.abort();
  });
});
