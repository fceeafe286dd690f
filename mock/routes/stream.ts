// GET /instances/{id}/monitoring/metrics/stream: SSE with ids, a retry hint, heartbeats and faults.
import type { Context } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import type { MockDeps } from '../server/deps.ts';
import type { MockInstance } from '../fleet/fleet-types.ts';
import { instanceSampleAt } from '../series/instance-series.ts';
import { malformSample, renderJson } from '../faults/malformed.ts';
import type { MockState } from '../server/state.ts';

export const RETRY_HINT_MS = 3000;
const MAX_HEARTBEAT_MS = 15_000;

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

function frame(id: number, eventName: string | null, data: string): string {
  return `id: ${id}\n${eventName ? `event: ${eventName}\n` : ''}data: ${data}\n\n`;
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

    const write = (text: string) => void stream.write(text);
    const dropAfter = state.faults.streamDropAfter;
    let nextId = firstId;
    let sent = 0;
    const sendEvent = () => {
      if (dropAfter !== null && sent >= dropAfter) return finish();
      const sample = instanceSampleAt(instance, now());
      if (!sample) return; // Not reporting (stopped, failed, not created yet): heartbeats only.
      const { malformed, streamFrameBytes } = state.faults;
      const id = nextId++;
      const body = malformed ? malformSample(malformed, sample, id) : sample;
      const text = frame(id, instance.behaviour.streamEventName, renderJson(malformed, body));
      write(text);
      if (malformed === 'duplicates') write(text);
      sent++;
      if (sent === 1 && streamFrameBytes !== null) {
        write(frame(nextId++, instance.behaviour.streamEventName, 'x'.repeat(streamFrameBytes)));
        sent++;
      }
      if (dropAfter !== null && sent >= dropAfter) finish();
    };

    write(`retry: ${RETRY_HINT_MS}\n\n`);
    sendEvent();
    if (finished) return;
    timers.every(streamIntervalMs, sendEvent);
    timers.every(heartbeatIntervalMs(streamIntervalMs), () => write(': keepalive\n\n'));
  });
}

export function streamInstanceMetrics(
  c: Context,
  deps: MockDeps,
  instance: MockInstance,
): Response {
  const { state } = deps;
  const firstId = firstEventId(c.req.header('Last-Event-ID'));
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
