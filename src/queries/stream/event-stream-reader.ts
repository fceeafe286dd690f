import { createSseParser, type ServerSentEvent } from './sse-parser.ts';

/** 1 MiB: far above any real sample, far below what hurts a tab that stays open for weeks. */
export const MAX_EVENT_BYTES = 1024 * 1024;

export interface EventStreamHandlers {
  onEvent: (event: ServerSentEvent) => void;
  /** The server's `retry:` hint, in milliseconds. */
  onRetry: (delayMs: number) => void;
  /** The last event ID changed: send it as Last-Event-ID on the next connection. */
  onEventId: (id: string) => void;
  /** Any bytes at all arrived, heartbeat comments included. */
  onBytes: () => void;
}

/** How the body finished without throwing: closed by the server, or cut because a frame was too big. */
export type StreamEnd = 'ended' | 'oversized';

/**
 * Reads an SSE body until it ends, feeding the SSE parser. Rejects when the read fails.
 * Aborting `signal` cancels the reader: an injected fetch may not tie its body to the signal.
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  handlers: EventStreamHandlers,
  signal: AbortSignal,
  maxEventBytes = MAX_EVENT_BYTES,
): Promise<StreamEnd> {
  const reader = body.getReader();
  const cancel = () => void reader.cancel(signal.reason).catch(() => undefined);
  if (signal.aborted) cancel();
  signal.addEventListener('abort', cancel, { once: true });

  const parser = createSseParser({
    // A handler may stop the stream mid-chunk; nothing after that may reach the caller.
    onEvent: (event) => void (signal.aborted || handlers.onEvent(event)),
    onRetry: (delayMs) => void (signal.aborted || handlers.onRetry(delayMs)),
    onEventId: (id) => void (signal.aborted || handlers.onEventId(id)),
  });
  // Strips a leading BOM and holds a UTF-8 character split across chunks.
  const decoder = new TextDecoder();

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        parser.feed(decoder.decode());
        return 'ended';
      }
      handlers.onBytes();
      parser.feed(decoder.decode(value, { stream: true }));
      // Only an unfinished line or event counts: keepalives of any shape reset it to nothing.
      if (parser.pendingLength() > maxEventBytes) {
        cancel();
        return 'oversized';
      }
    }
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}
