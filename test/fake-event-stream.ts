import { vi } from 'vitest';

// For unit tests of the stream loop only; integration tests use the real mock over HTTP.

const encoder = new TextEncoder();

/** A 200 text/event-stream response whose body the test writes to, as a server would. */
export function openEventStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const cancelled = vi.fn();
  const body = new ReadableStream<Uint8Array>({
    start: (c) => void (controller = c),
    cancel: cancelled,
  });
  const response = new Response(body, { headers: { 'Content-Type': 'text/event-stream' } });
  return {
    response,
    push: (text: string) => controller.enqueue(encoder.encode(text)),
    close: () => controller.close(),
    /** Called when the client cancels the body (stop, watchdog, oversized frame). */
    cancelled,
  };
}

/** An error response such as a 401 or a 429 with Retry-After. */
export function refusedWith(status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ message: `refused with ${status}` }), { status, headers });
}

/** One instance sample as the API sends it. */
export function sampleJson(collectedAt: string): string {
  return JSON.stringify({ id: 's', instanceId: 'i-1', collectedAt, cpuUsagePercent: 12 });
}
