// GET /instances/{id}/monitoring/metrics/stream: SSE with ids, a retry hint, heartbeats and faults,
// in any legal framing (stream-framing.ts).
import type { Context } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import type { MockDeps } from '../server/deps.ts';
import type { MockInstance } from '../fleet/fleet-types.ts';
import { instanceSampleAt } from '../series/instance-series.ts';
import { malformSample, renderJson } from '../faults/malformed.ts';
import type { MockState } from '../server/state.ts';
import { createFramer } from './stream-framing.ts';

export const RETRY_HINT_MS = 3000;
const MAX_HEARTBEAT_MS = 15_000;
const MAX_DRIP_QUEUE = 1_000_000;

/** Intervals owned by one stream, counted in the state so tests can see that none leak. */
class StreamTimers {
  private readonly handles: ReturnType<typeof setInterval>[] = [];

  constructor(private readonly state: MockState) {}

  every(ms: number, task: () => void): void {
    this.handles.push(setInterval(task, ms));
    this.state.streamTimers++;
  }

  clear(): void {
    for (const handle of this.handles) clearInterval(handle);
    this.state.streamTimers -= this.handles.length;
    this.handles.length = 0;
  }
}

/** Numbering resumes after the client's Last-Event-ID when it is a sequence number. */
export function firstEventId(lastEventId: string | undefined): number {
  const previous = Number(lastEventId);
  return lastEventId && Number.isSafeInteger(previous) && previous >= 0 ? previous + 1 : 1;
}

export function heartbeatIntervalMs(streamIntervalMs: number): number {
  return Math.max(1, Math.min(MAX_HEARTBEAT_MS, Math.floor(streamIntervalMs / 2)));
}

/** Where a stream's bytes go: straight out, or a byte every `dripMs` (a slow-drip body). */
function createSink(stream: SSEStreamingApi, timers: StreamTimers, dripMs: number | null) {
  if (dripMs === null) return (chunks: Uint8Array[]) => chunks.forEach((c) => void stream.write(c));
  const queue: number[] = [];
  timers.every(dripMs, () => {
    const byte = queue.shift();
    if (byte !== undefined) void stream.write(Uint8Array.of(byte));
  });
  // A drip slower than the events would queue without end: skip what cannot be sent.
  return (chunks: Uint8Array[]) => {
    if (queue.length > MAX_DRIP_QUEUE) return;
    for (const chunk of chunks) queue.push(...chunk);
  };
}

function runStream(
  stream: SSEStreamingApi,
  signal: AbortSignal,
  deps: MockDeps,
  instance: MockInstance,
  firstId: number,
): Promise<void> {
  const { state, now, streamIntervalMs } = deps;
  return new Promise((resolve) => {
    const timers = new StreamTimers(state);
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      timers.clear();
      untrack();
      resolve();
    };
    const untrack = state.trackStream(finish);
    stream.onAbort(finish);
    signal.addEventListener('abort', finish, { once: true });
    // A stalled stream has sent its headers and then says nothing, not even heartbeats.
    if (state.faults.streamStall) return;

    const framer = createFramer(state.faults.streamFraming ?? 'lf');
    const write = createSink(stream, timers, state.faults.streamDripMs);
    const dropAfter = state.faults.streamDropAfter;
    let nextId = firstId;
    let sent = 0;
    // A stall can begin mid-stream: the switch turned on, or N events sent (over all connections).
    const stalled = () => {
      const { streamStall, streamStallAfter } = state.faults;
      return (
        streamStall || (streamStallAfter !== null && state.eventsSinceStallSet >= streamStallAfter)
      );
    };
    const sendEvent = () => {
      if (dropAfter !== null && sent >= dropAfter) return finish();
      if (stalled()) return;
      const sample = instanceSampleAt(instance, now());
      if (!sample) return; // Not reporting (stopped, failed, not created yet): heartbeats only.
      const { malformed, streamFrameBytes } = state.faults;
      const id = nextId++;
      const body = malformed ? malformSample(malformed, sample, id) : sample;
      const event = {
        id,
        event: instance.behaviour.streamEventName,
        data: renderJson(malformed, body),
      };
      write(framer.event(event));
      state.lastStreamEvent = { id, data: event.data };
      state.eventsSinceStallSet++;
      if (malformed === 'duplicates') write(framer.event(event));
      sent++;
      if (sent === 1 && streamFrameBytes !== null) {
        const garbage = { ...event, id: nextId++, data: 'x'.repeat(streamFrameBytes) };
        write(framer.event(garbage));
        sent++;
      }
      if (dropAfter !== null && sent >= dropAfter) finish();
    };

    write(framer.retryHint(RETRY_HINT_MS));
    sendEvent();
    if (finished) return;
    timers.every(streamIntervalMs, sendEvent);
    timers.every(heartbeatIntervalMs(streamIntervalMs), () => {
      if (!stalled()) write(framer.heartbeat(() => nextId++));
    });
  });
}

export function streamInstanceMetrics(
  c: Context,
  deps: MockDeps,
  instance: MockInstance,
): Response {
  const { state } = deps;
  const firstId = firstEventId(c.req.header('Last-Event-ID'));
  // "Stop reconnecting", in the event-stream spec's words.
  if (state.faults.streamNoContent) {
    state.streamConnects++;
    return c.body(null, 204);
  }
  // Ask reverse proxies (nginx) not to buffer the stream.
  c.header('X-Accel-Buffering', 'no');
  return streamSSE(c, async (stream) => {
    state.openStreams++;
    state.streamConnects++;
    try {
      await runStream(stream, c.req.raw.signal, deps, instance, firstId);
    } finally {
      state.openStreams--;
    }
  });
}
