import type { ServerSentEvent } from './sse-parser.ts';
import { retryAfterSeconds } from '../../api/retry-after.ts';
import { readEventStream } from './event-stream-reader.ts';
import { createStreamWatchdog } from './stream-watchdog.ts';

/** How one connection attempt ended, which decides what the reconnect loop does next. */
export type AttemptOutcome =
  | { kind: 'retry'; message: string; oversized?: boolean }
  | { kind: 'throttled'; delayMs: number | null }
  | { kind: 'unauthorized' }
  | { kind: 'fatal'; message: string }
  /** HTTP 204: the server says "stop reconnecting". */
  | { kind: 'no-content' }
  | { kind: 'aborted' };

export interface StreamAttempt {
  url: string;
  fetch: typeof fetch;
  headers: Headers;
  controller: AbortController;
  /** Silence (no bytes at all) for this long aborts the attempt as a dead connection. */
  stallAfterMs: number;
  now: () => number;
  /** The server accepted the stream (200 + text/event-stream). */
  onLive: () => void;
  onEvent: (event: ServerSentEvent) => void;
  onRetryHint: (delayMs: number) => void;
  onEventId: (id: string) => void;
}

const STALLED = 'stalled';

/** One fetch of the SSE endpoint, read until it ends; never rejects. */
export async function runStreamAttempt(attempt: StreamAttempt): Promise<AttemptOutcome> {
  const { controller } = attempt;
  const { signal } = controller;
  // Covers a server that accepts the connection but never answers, as well as a silent stream.
  const watchdog = createStreamWatchdog(attempt.stallAfterMs, () => controller.abort(STALLED));
  watchdog.kick();
  // stop() must leave no timer behind synchronously, not after the read loop unwinds.
  signal.addEventListener('abort', () => watchdog.stop(), { once: true });
  try {
    const response = await attempt.fetch(attempt.url, {
      headers: attempt.headers,
      credentials: 'include',
      cache: 'no-store',
      signal,
    });
    const refused = refusal(response, attempt.now());
    if (refused || !response.body) {
      // Release the connection: an unread error body would keep it open.
      void response.body?.cancel().catch(() => undefined);
      return refused ?? { kind: 'retry', message: 'The live stream closed' };
    }
    attempt.onLive();
    const end = await readEventStream(
      response.body,
      {
        onEvent: attempt.onEvent,
        onRetry: attempt.onRetryHint,
        onEventId: attempt.onEventId,
        onBytes: watchdog.kick,
      },
      signal,
    );
    if (end === 'oversized') {
      return { kind: 'retry', message: 'The live stream sent an oversized event', oversized: true };
    }
    return (
      abortOutcome(signal, attempt.stallAfterMs) ?? {
        kind: 'retry',
        message: 'The live stream closed',
      }
    );
  } catch {
    return (
      abortOutcome(signal, attempt.stallAfterMs) ?? {
        kind: 'retry',
        message: 'The live stream could not be reached',
      }
    );
  } finally {
    watchdog.stop();
  }
}

/** Credentials go in headers, never in the URL; Last-Event-ID lets the server resume. */
export function streamHeaders(
  credentials: { token?: string | null; orgSlug?: string | null },
  lastEventId: string | undefined,
): Headers {
  const headers = new Headers({ Accept: 'text/event-stream' });
  if (credentials.token) headers.set('Authorization', `Bearer ${credentials.token}`);
  if (credentials.orgSlug) headers.set('X-Org-Slug', credentials.orgSlug);
  if (lastEventId) headers.set('Last-Event-ID', lastEventId);
  return headers;
}

function refusal(response: Response, now: number): AttemptOutcome | null {
  const { status } = response;
  if (status === 401) return { kind: 'unauthorized' };
  if (status === 204) return { kind: 'no-content' };
  if (status === 403) {
    return { kind: 'fatal', message: 'This API key lacks permission to view instance metrics' };
  }
  if (status === 404) return { kind: 'fatal', message: 'This instance no longer exists' };
  if (status === 429 || status === 503) {
    const seconds = retryAfterSeconds(response.headers.get('Retry-After'), now);
    return { kind: 'throttled', delayMs: seconds === null ? null : seconds * 1000 };
  }
  if (!response.ok) return { kind: 'retry', message: `The live stream failed (HTTP ${status})` };
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.toLowerCase().startsWith('text/event-stream')) {
    return { kind: 'retry', message: 'The live stream answered with something other than events' };
  }
  return null;
}

function abortOutcome(signal: AbortSignal, stallAfterMs: number): AttemptOutcome | null {
  if (!signal.aborted) return null;
  if (signal.reason !== STALLED) return { kind: 'aborted' };
  return { kind: 'retry', message: `The live stream went silent for ${stallAfterMs / 1000} s` };
}
