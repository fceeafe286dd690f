import { describe, expect, it, vi } from 'vitest';
import { createSseParser } from './sse-parser.ts';

function parse(chunks: string[]) {
  const handlers = { onEvent: vi.fn(), onRetry: vi.fn(), onEventId: vi.fn() };
  const parser = createSseParser(handlers);
  for (const chunk of chunks) parser.feed(chunk);
  return {
    events: handlers.onEvent.mock.calls.map(([event]) => event as object),
    retries: handlers.onRetry.mock.calls.map(([ms]) => ms as number),
    ids: handlers.onEventId.mock.calls.map(([id]) => id as string),
    parser,
  };
}

const sample = 'id: 1\nevent: metrics\ndata: {"a":1}\n\n';

describe('createSseParser (WHATWG event stream interpretation)', () => {
  it.each([
    ['LF', sample],
    ['CRLF', sample.replaceAll('\n', '\r\n')],
    ['CR', sample.replaceAll('\n', '\r')],
    ['mixed', 'id: 1\r\nevent: metrics\rdata: {"a":1}\n\r\n'],
  ])('reads %s line endings', (_name, text) => {
    expect(parse([text]).events).toEqual([{ id: '1', event: 'metrics', data: '{"a":1}' }]);
  });

  it('gives the same events whatever the chunk boundaries', () => {
    const text = `: hi\r\n${sample.replaceAll('\n', '\r\n')}data: é€😀\r\n\r\n`;
    const whole = parse([text]).events;
    for (let cut = 1; cut < text.length; cut++) {
      expect(parse([text.slice(0, cut), text.slice(cut)]).events).toEqual(whole);
    }
    expect(parse([...text]).events).toEqual(whole);
    expect(whole).toHaveLength(2);
  });

  it('joins data spread over several lines with LF, dropping only the last one', () => {
    const { events } = parse(['data: {\ndata:   "a": 1\ndata\ndata: }\n\n']);
    expect(events).toEqual([{ data: '{\n  "a": 1\n\n}' }]);
  });

  it('strips one space after the colon, no more; a line without colon is a field name', () => {
    const { events } = parse(['data:x\n\n', 'data:  y\n\n', 'data\n\n']);
    expect(events).toEqual([{ data: 'x' }, { data: ' y' }, { data: '' }]);
  });

  it('ignores comments and unknown fields, and passes other event names on', () => {
    const { events } = parse([': c\nfoo: bar\nDATA: no\nevent: ping\ndata: {}\n\n', sample]);
    expect(events).toEqual([
      { event: 'ping', data: '{}' },
      { id: '1', event: 'metrics', data: '{"a":1}' },
    ]);
  });

  it('dispatches nothing for a frame without data, but resets its event name', () => {
    const { events } = parse(['event: ping\n\n', 'data: x\n\n']);
    expect(events).toEqual([{ data: 'x' }]);
  });

  it('keeps the last event id for later events and reports id-only frames', () => {
    const { events, ids } = parse(['id: 5\ndata: a\n\n', 'data: b\n\n', 'id: 6\n\n', 'id:\n\n']);
    expect(events).toEqual([
      { id: '5', data: 'a' },
      { id: '5', data: 'b' },
    ]);
    expect(ids).toEqual(['5', '6', '']);
  });

  it('ignores an id containing NUL', () => {
    expect(parse(['id: 1\n\n', 'id: 2\u00003\ndata: x\n\n']).events).toEqual([
      { id: '1', data: 'x' },
    ]);
  });

  it('accepts only ASCII digits in retry', () => {
    const { retries } = parse([
      'retry: 3000\n',
      'retry: 3s\nretry: -1\nretry: 1.5\nretry:\n',
      'retry: 07\n\n',
    ]);
    expect(retries).toEqual([3000, 7]);
  });

  it('drops an unfinished event at the end and holds only what is incomplete', () => {
    const { events, parser } = parse(['data: done\n\n', 'data: half']);
    expect(events).toEqual([{ data: 'done' }]);
    expect(parser.pendingLength()).toBe('data: half'.length);
    parser.feed('\n\n');
    expect(parser.pendingLength()).toBe(0);
  });
});
