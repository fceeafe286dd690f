import type { ServerSentEvent } from './sse-parser.ts';
import type { InstanceSample } from '../../model/types.ts';
import { MAX_SERVER_DELAY_MS, serverDelayMs } from '../../api/retry-after.ts';
import { backoffDelayMs } from './backoff.ts';
import { defaultIsOnline, defaultOnlineEvents, type OnlineEvents } from './online-events.ts';
import { readSampleEvent } from './sample-event.ts';
import { INITIAL_STREAM_STATE, type MetricStreamState } from '../../model/stream-state.ts';
import { runStreamAttempt, streamHeaders, type AttemptOutcome } from './stream-attempt.ts';

export interface MetricStreamOptions {
  url: string;
  getCredentials: () => { token?: string | null; orgSlug?: string | null };
  onSample: (sample: InstanceSample, eventId: string | undefined) => void;
  /** Called each time the stream is live again after a gap, so the caller can refetch history. */
  onReconnected?: () => void;
  /** Renews the session after a 401; resolves false when that is impossible. */
  refreshAuth?: () => Promise<boolean>;
  fetch?: typeof fetch;
  /** How often the server pushes; silence for three intervals means a dead connection. */
  expectedIntervalMs?: number;
  random?: () => number;
  now?: () => number;
  isOnline?: () => boolean;
  onlineEvents?: OnlineEvents | null;
}

export interface MetricStream {
  start(): void;
  /** Aborts everything; nothing fires afterwards until the next start(). */
  stop(): void;
  getState(): MetricStreamState;
  subscribe(listener: (state: MetricStreamState) => void): () => void;
}

const HEALTHY_AFTER_MS = 60_000;
const OFFLINE_MESSAGE = 'This device is offline; waiting for the network';
const SIGNED_OUT_MESSAGE = 'Your session has expired; sign in again to see live metrics';
const RENEWAL_UNREACHABLE_MESSAGE = 'Could not renew the session (oCore unreachable); retrying';
const THROTTLED_MESSAGE = 'The oCore API asked us to slow down';
const NO_CONTENT_MESSAGE = 'The oCore API asked us not to stream (HTTP 204); polling instead';

/** The live metric stream of one instance: fetch + our SSE parser with reconnection. */
export function createMetricStream(options: MetricStreamOptions): MetricStream {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const isOnline = options.isOnline ?? defaultIsOnline;
  const onlineEvents =
    options.onlineEvents === undefined ? defaultOnlineEvents() : options.onlineEvents;
  const stallAfterMs = 3 * (options.expectedIntervalMs ?? 10_000);

  let state = INITIAL_STREAM_STATE;
  const listeners = new Set<(state: MetricStreamState) => void>();
  let running = false;
  let controller: AbortController | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let healthyTimer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribeOnline: (() => void) | undefined;
  let attempt = 0;
  let retryHintMs = 0;
  let unauthorizedStreak = 0;
  let lastEventId: string | undefined;

  function update(patch: Partial<MetricStreamState>) {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  }

  function connect() {
    clearTimeout(retryTimer);
    retryTimer = undefined;
    if (!isOnline()) return update({ status: 'offline', retryAt: null, message: OFFLINE_MESSAGE });
    const attemptController = new AbortController();
    controller = attemptController;
    update({ status: state.connectCount === 0 ? 'connecting' : 'reconnecting', retryAt: null });
    void runStreamAttempt({
      url: options.url,
      fetch: fetchImpl,
      headers: streamHeaders(options.getCredentials(), lastEventId),
      controller: attemptController,
      stallAfterMs,
      now,
      onLive: goLive,
      onEvent: handleEvent,
      onRetryHint: (delayMs) => (retryHintMs = Math.min(MAX_SERVER_DELAY_MS, delayMs)),
      onEventId: (id) => (lastEventId = id || undefined),
    }).then((outcome) => {
      if (controller !== attemptController) return;
      controller = null;
      clearTimeout(healthyTimer);
      void settle(outcome);
    });
  }

  function goLive() {
    const isReconnect = state.connectCount > 0;
    unauthorizedStreak = 0;
    update({ status: 'live', retryAt: null, message: null, connectCount: state.connectCount + 1 });
    healthyTimer = setTimeout(() => (attempt = 0), HEALTHY_AFTER_MS);
    if (isReconnect) options.onReconnected?.();
  }

  function handleEvent(event: ServerSentEvent) {
    const read = readSampleEvent(event);
    if (read.kind === 'ignored') return;
    if (read.kind === 'malformed') return update({ malformedCount: state.malformedCount + 1 });
    update({ lastEventAt: now() });
    try {
      options.onSample(read.sample, event.id);
    } catch (error) {
      // A consumer bug must not tear down the connection; rethrow outside the read loop instead.
      queueMicrotask(() => {
        throw error;
      });
    }
  }

  async function settle(outcome: AttemptOutcome) {
    if (!running || outcome.kind === 'aborted') return;
    if (outcome.kind === 'retry' && outcome.oversized) {
      update({ malformedCount: state.malformedCount + 1 });
    }
    if (outcome.kind === 'fatal') return finish('stopped', outcome.message);
    if (outcome.kind === 'no-content') return finish('polling', NO_CONTENT_MESSAGE);
    if (outcome.kind === 'throttled') {
      return scheduleRetry(serverDelayMs(outcome.delayMs, nextBackoffMs()), THROTTLED_MESSAGE);
    }
    if (outcome.kind === 'retry') return scheduleRetry(nextBackoffMs(), outcome.message);
    // A 401 gets one refresh; a second 401 in a row means the credentials are gone for good.
    unauthorizedStreak += 1;
    const refreshed =
      unauthorizedStreak === 1 && options.refreshAuth
        ? await options.refreshAuth().catch(() => 'unreachable' as const)
        : false;
    if (!running) return;
    if (refreshed === 'unreachable') {
      // The renewal never got an answer: not a verdict on the session, so try again later.
      unauthorizedStreak = 0;
      return scheduleRetry(nextBackoffMs(), RENEWAL_UNREACHABLE_MESSAGE);
    }
    if (refreshed) connect();
    else finish('signed-out', SIGNED_OUT_MESSAGE);
  }

  function nextBackoffMs(): number {
    const delayMs = Math.max(retryHintMs, backoffDelayMs(attempt, random));
    attempt += 1;
    return delayMs;
  }

  function scheduleRetry(delayMs: number, message: string) {
    if (!isOnline()) return update({ status: 'offline', retryAt: null, message: OFFLINE_MESSAGE });
    update({ status: 'reconnecting', retryAt: now() + delayMs, message });
    retryTimer = setTimeout(connect, delayMs);
  }

  function handleOnlineChange(online: boolean) {
    if (!running) return;
    // Only a waiting stream reacts: an attempt in flight or a pending 401 refresh finishes first.
    if (online) {
      if (state.status === 'offline' || retryTimer !== undefined) connect();
      return;
    }
    if (retryTimer === undefined) return;
    clearTimeout(retryTimer);
    retryTimer = undefined;
    update({ status: 'offline', retryAt: null, message: OFFLINE_MESSAGE });
  }

  function teardown() {
    running = false;
    clearTimeout(retryTimer);
    clearTimeout(healthyTimer);
    retryTimer = healthyTimer = undefined;
    controller?.abort('stopped');
    controller = null;
    unsubscribeOnline?.();
    unsubscribeOnline = undefined;
  }

  function finish(status: 'stopped' | 'signed-out' | 'polling', message: string | null) {
    teardown();
    update({ status, retryAt: null, message });
  }

  return {
    start() {
      if (running) return;
      running = true;
      attempt = 0;
      unauthorizedStreak = 0;
      unsubscribeOnline = onlineEvents?.subscribe(handleOnlineChange);
      connect();
    },
    stop() {
      if (running) finish('stopped', null);
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
