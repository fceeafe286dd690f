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
  return { onEvent: vi.fn(), onRetry: vi.fn(), onBytes: vi.fn() };
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
