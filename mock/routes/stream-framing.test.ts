// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSseParser, type ServerSentEvent } from '../../src/queries/stream/sse-parser.ts';
import { INSTANCE_SCENARIOS } from '../fleet/fleet-instances.ts';
import type { Faults } from '../faults/faults.ts';
import type { RunningMockServer } from '../server/server.ts';
import { apiFetch } from '../testing/test-helpers.ts';
import { DETERMINISTIC, startTestMock } from '../testing/test-mock.ts';
import { STREAM_FRAMINGS, createFramer } from './stream-framing.ts';

let server: RunningMockServer | undefined;
afterEach(() => server?.close());

const STREAM = `/api/instances/${INSTANCE_SCENARIOS.running}/monitoring/metrics/stream`;

/** Reads raw bytes until `events` events arrived, through the dashboard's own parser. */
async function readRaw(faults: Partial<Faults>, events: number) {
  server = await startTestMock({ ...DETERMINISTIC, faults, streamIntervalMs: 20 });
  const controller = new AbortController();
  const response = await apiFetch(server, STREAM, { signal: controller.signal });
  const reader = response.body!.getReader();
  const parsed: ServerSentEvent[] = [];
  const ids: string[] = [];
  const retries: number[] = [];
  const parser = createSseParser({
    onEvent: (event) => parsed.push(event),
    onRetry: (ms) => retries.push(ms),
    onEventId: (id) => ids.push(id),
  });
  const decoder = new TextDecoder();
  const raw: number[] = [];
  while (parsed.length < events) {
    const { done, value } = await reader.read();
    if (done) break;
    raw.push(...value);
    parser.feed(decoder.decode(value, { stream: true }));
  }
  controller.abort();
  return { response, parsed, ids, retries, raw: Uint8Array.from(raw) };
}

const samplesOf = (events: ServerSentEvent[]) =>
  events.filter((event) => event.event !== 'ping').map((event) => JSON.parse(event.data) as object);

describe('stream framings', () => {
  it.each(STREAM_FRAMINGS)('%s: the same samples as plain LF, in order', async (framing) => {
    const plain = await readRaw({}, 3);
    await server!.close();
    const framed = await readRaw({ streamFraming: framing }, framing === 'noise' ? 6 : 3);
    expect(samplesOf(framed.parsed).slice(0, 3)).toEqual(samplesOf(plain.parsed).slice(0, 3));
    expect(framed.retries.at(-1)).toBe(3000);
  });

  it('sends the line endings and marks each framing promises', async () => {
    const text = (raw: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw);
    const crlf = text((await readRaw({ streamFraming: 'crlf' }, 2)).raw);
    expect(crlf).toMatch(/^retry: 3000\r\n\r\nid: 1\r\n/);
    await server!.close();
    const cr = text((await readRaw({ streamFraming: 'cr' }, 2)).raw);
    expect(cr).toContain('\r');
    expect(cr).not.toContain('\n');
    await server!.close();
    const bom = (await readRaw({ streamFraming: 'bom' }, 1)).raw;
    expect([...bom.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await server!.close();
    const multiline = await readRaw({ streamFraming: 'multiline' }, 1);
    expect(text(multiline.raw).match(/^data: /gm)!.length).toBeGreaterThan(5);
  });

  it('id-keepalive frames move the last event id on without an event', async () => {
    const { ids, parsed } = await readRaw({ streamFraming: 'id-keepalive' }, 3);
    expect(ids.length).toBeGreaterThan(parsed.length);
  });

  it('split cuts inside a CRLF, a UTF-8 character and a field name', () => {
    const pieces = createFramer('split').event({ id: 7, event: 'metrics', data: '{"a":1}' });
    const decoded = pieces.map((piece) => new TextDecoder().decode(piece));
    expect(pieces.length).toBe(4);
    expect(decoded[0]!.endsWith('\r')).toBe(true);
    expect(decoded.some((text) => text.endsWith('da'))).toBe(true);
    expect(decoded.some((text) => text.includes('\uFFFD'))).toBe(true);
  });
});

describe('stream stop signals and pacing', () => {
  it('streamNoContent answers 204 with no body', async () => {
    server = await startTestMock({ ...DETERMINISTIC, faults: { streamNoContent: true } });
    const response = await apiFetch(server, STREAM);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  it('streamStallAfter: N events, then silence on an open connection', async () => {
    const { parsed } = await readRaw({ streamStallAfter: 2 }, 2);
    expect(parsed).toHaveLength(2);
    await server!.close();
    server = await startTestMock({
      ...DETERMINISTIC,
      faults: { streamStallAfter: 2 },
      streamIntervalMs: 10,
    });
    const response = await apiFetch(server, STREAM);
    const reader = response.body!.getReader();
    let text = '';
    const reading = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        text += new TextDecoder().decode(value);
      }
    })();
    await vi.waitFor(() => expect(text.match(/^data: /gm)?.length).toBe(2));
    const before = text;
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(text).toBe(before);
    expect(server.state.stats().openStreams).toBe(1);
    void reader.cancel();
    await reading.catch(() => undefined);
  });

  it('streamDripMs sends one byte per write', async () => {
    server = await startTestMock({
      ...DETERMINISTIC,
      faults: { streamDripMs: 1 },
      streamIntervalMs: 5_000,
    });
    const response = await apiFetch(server, STREAM);
    const reader = response.body!.getReader();
    const { value } = await reader.read();
    expect(value!.byteLength).toBeLessThanOrEqual(2);
    void reader.cancel();
  });
});
