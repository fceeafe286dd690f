// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { readEventStream } from './event-stream-reader.ts';

const encoder = new TextEncoder();

function bodyOf(chunks: string[], { close = true } = {}) {
  const cancelled = vi.fn();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      if (close) controller.close();
    },
    cancel: cancelled,
  });
  return { body, cancelled };
}

function handlers() {
  return { onEvent: vi.fn(), onRetry: vi.fn(), onBytes: vi.fn(), onEventId: vi.fn() };
}

describe('readEventStream', () => {
  it('parses events split across chunks, with retry hints and heartbeats', async () => {
    const { body } = bodyOf([
      ': hb\n',
      'retry: 3000\nid: 1\nev',
      'ent: metrics\ndata: {"a"',
      ':1}\n\n',
    ]);
    const h = handlers();
    await expect(readEventStream(body, h, new AbortController().signal)).resolves.toBe('ended');
    expect(h.onEvent).toHaveBeenCalledExactlyOnceWith({
      id: '1',
      event: 'metrics',
      data: '{"a":1}',
    });
    expect(h.onRetry).toHaveBeenCalledWith(3000);
    expect(h.onBytes).toHaveBeenCalledTimes(4);
  });

  it('cuts a line that grows past the limit and cancels the body', async () => {
    const { body, cancelled } = bodyOf(['data: ', 'x'.repeat(600), 'x'.repeat(600)], {
      close: false,
    });
    const h = handlers();
    await expect(readEventStream(body, h, new AbortController().signal, 1_000)).resolves.toBe(
      'oversized',
    );
    expect(h.onEvent).not.toHaveBeenCalled();
    expect(cancelled).toHaveBeenCalled();
  });

  it('counts only the bytes since the last complete event', async () => {
    const event = `data: ${'x'.repeat(400)}\n\n`;
    const { body } = bodyOf([event, event, event, `${event}: hb\n`, 'data: tail']);
    const h = handlers();
    await expect(readEventStream(body, h, new AbortController().signal, 1_000)).resolves.toBe(
      'ended',
    );
    expect(h.onEvent).toHaveBeenCalledTimes(4);
  });

  it('cuts one huge event made of many short lines', async () => {
    const { body } = bodyOf(
      Array.from({ length: 20 }, () => `data: ${'x'.repeat(90)}\n: hb\n`),
      {
        close: false,
      },
    );
    await expect(
      readEventStream(body, handlers(), new AbortController().signal, 1_000),
    ).resolves.toBe('oversized');
  });

  it('cancels the body when the signal aborts, and then delivers nothing more', async () => {
    const { body, cancelled } = bodyOf(['data: 1\n\n'], { close: false });
    const controller = new AbortController();
    const h = handlers();
    const reading = readEventStream(body, h, controller.signal);
    await vi.waitFor(() => expect(h.onEvent).toHaveBeenCalledTimes(1));
    controller.abort('stopped');
    await expect(reading).resolves.toBe('ended');
    expect(cancelled).toHaveBeenCalledWith('stopped');
  });
});

describe('readEventStream: WHATWG line endings and long-haul framing', () => {
  function pushBody() {
    let push!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (push = c) });
    return {
      body,
      send: (text: string) => push.enqueue(encoder.encode(text)),
      end: () => push.close(),
    };
  }

  it('dispatches a CR-only event as soon as its blank line arrives, not a chunk later', async () => {
    const { body, send, end } = pushBody();
    const h = handlers();
    const reading = readEventStream(body, h, new AbortController().signal);
    send('id: 1\rdata: {"a":1}\r\r');
    await vi.waitFor(() => expect(h.onEvent).toHaveBeenCalledTimes(1));
    send('id: 2\rdata: {"a":2}\r\r');
    await vi.waitFor(() => expect(h.onEvent).toHaveBeenCalledTimes(2));
    end();
    await expect(reading).resolves.toBe('ended');
    expect(h.onEvent.mock.calls.map(([event]) => event.data)).toEqual(['{"a":1}', '{"a":2}']);
  });

  it('keeps the last CR-only event when the stream ends right after it', async () => {
    const { body } = bodyOf(['data: first\r\r', 'data: last\r\r']);
    const h = handlers();
    await readEventStream(body, h, new AbortController().signal);
    expect(h.onEvent.mock.calls.map(([event]) => event.data)).toEqual(['first', 'last']);
  });

  it('reads CRLF split between chunks as one line break', async () => {
    const { body } = bodyOf(['data: a\r', '\n\r', '\ndata: b\r\n\r\n']);
    const h = handlers();
    await readEventStream(body, h, new AbortController().signal);
    expect(h.onEvent.mock.calls.map(([event]) => event.data)).toEqual(['a', 'b']);
  });

  it('never counts blank-line, id-only and retry-only keepalives towards the size cap', async () => {
    // At 1,000 bytes, 200 keepalives of 11+ bytes each would trip a counter that never resets.
    const keepalives = Array.from({ length: 200 }, (_, i) =>
      i % 3 === 0 ? '\n\n' : i % 3 === 1 ? `id: ${i}\n\n` : 'retry: 3000\n\n',
    );
    const { body } = bodyOf([...keepalives, 'data: still here\n\n']);
    const h = handlers();
    await expect(readEventStream(body, h, new AbortController().signal, 1_000)).resolves.toBe(
      'ended',
    );
    expect(h.onEvent).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ data: 'still here' }),
    );
  });

  it('reports the id of an id-only frame so Last-Event-ID stays current', async () => {
    const { body } = bodyOf(['id: 7\ndata: x\n\n', 'id: 8\n\n', ': hb\n\n', 'id: 9\n\n']);
    const h = handlers();
    await readEventStream(body, h, new AbortController().signal);
    expect(h.onEventId.mock.calls.map(([id]) => id)).toEqual(['7', '8', '9']);
    expect(h.onEvent).toHaveBeenCalledTimes(1);
  });
});

describe('readEventStream: bytes', () => {
  it('drops a leading BOM and joins a UTF-8 character split between chunks', async () => {
    const bytes = encoder.encode('\uFEFFdata: 5 €\r\n\r\n');
    const euro = bytes.length - 7; // Inside the three bytes of "€".
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const [from, to] of [
          [0, 1],
          [1, euro],
          [euro, euro + 1],
          [euro + 1, bytes.length],
        ]) {
          controller.enqueue(bytes.slice(from, to));
        }
        controller.close();
      },
    });
    const h = handlers();
    await readEventStream(body, h, new AbortController().signal);
    expect(h.onEvent).toHaveBeenCalledExactlyOnceWith({ data: '5 €' });
  });
});
