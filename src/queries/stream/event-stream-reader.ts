import { createParser, type EventSourceMessage } from 'eventsource-parser';

/** 1 MiB: far above any real sample, far below what hurts a tab that stays open for weeks. */
export const MAX_EVENT_BYTES = 1024 * 1024;

export interface EventStreamHandlers {
  onEvent: (event: EventSourceMessage) => void;
  /** The server's `retry:` hint, in milliseconds. */
  onRetry: (delayMs: number) => void;
  /** Any bytes at all arrived, heartbeat comments included. */
  onBytes: () => void;
}

/** How the body finished without throwing: closed by the server, or cut because a frame was too big. */
export type StreamEnd = 'ended' | 'oversized';

/**
 * Reads an SSE body until it ends, feeding eventsource-parser. Rejects when the read fails.
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

  // Bytes fed since the last complete event or comment: one endless line must not grow memory.
  let pendingBytes = 0;
  let completedSomething = false;
  let overflowed = false;
  const parser = createParser({
    onEvent(event) {
      completedSomething = true;
      // A handler may stop the stream mid-chunk; nothing after that may reach the caller.
      if (!signal.aborted) handlers.onEvent(event);
    },
    onComment() {
      completedSomething = true;
    },
    onRetry: handlers.onRetry,
    onError(error) {
      // Backstop for a huge event split across many lines with comments in between.
      if (error.type === 'max-buffer-size-exceeded') overflowed = true;
    },
    maxBufferSize: maxEventBytes,
  });
  const decoder = new TextDecoder();

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return 'ended';
      handlers.onBytes();
      completedSomething = false;
      parser.feed(decoder.decode(value, { stream: true }));
      pendingBytes = completedSomething
        ? bytesAfterLastLineBreak(value)
        : pendingBytes + value.byteLength;
      if (overflowed || pendingBytes > maxEventBytes) {
        cancel();
        return 'oversized';
      }
    }
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

function bytesAfterLastLineBreak(chunk: Uint8Array): number {
  const lastBreak = Math.max(chunk.lastIndexOf(0x0a), chunk.lastIndexOf(0x0d));
  return chunk.byteLength - 1 - lastBreak;
}
