// The WHATWG "server-sent events" interpretation rules, owned here: eventsource-parser 3 holds a
// trailing CR until the next chunk, drops id-only frames, and its successor needs Node 22.

/** One dispatched event: `id` is the stream's last event ID at dispatch (absent while empty). */
export interface ServerSentEvent {
  data: string;
  event?: string;
  id?: string;
}

export interface SseParserHandlers {
  onEvent: (event: ServerSentEvent) => void;
  /** A `retry:` field made only of ASCII digits, in milliseconds. */
  onRetry: (delayMs: number) => void;
  /** The last event ID changed (set by any dispatched frame with an `id:`, data or not). */
  onEventId: (id: string) => void;
}

export interface SseParser {
  /** Feeds decoded text (the caller strips a leading BOM, as TextDecoder does). */
  feed(text: string): void;
  /** Characters held for the incomplete line and event: what an endless event would grow. */
  pendingLength(): number;
}

const LF = 10;
const CR = 13;

export function createSseParser(handlers: SseParserHandlers): SseParser {
  let partialLine = '';
  // A chunk ended on CR: the line is done, and an LF opening the next chunk belongs to it.
  let skipLeadingLf = false;
  let data = '';
  let hasData = false;
  let eventType = '';
  let idBuffer = '';
  let lastEventId = '';

  function dispatch() {
    if (idBuffer !== lastEventId) {
      lastEventId = idBuffer;
      handlers.onEventId(lastEventId);
    }
    const event = eventType;
    const payload = data;
    const dispatchable = hasData;
    data = '';
    hasData = false;
    eventType = '';
    if (!dispatchable) return;
    handlers.onEvent({
      data: payload.endsWith('\n') ? payload.slice(0, -1) : payload,
      ...(event ? { event } : {}),
      ...(lastEventId ? { id: lastEventId } : {}),
    });
  }

  function processLine(line: string) {
    if (line === '') return dispatch();
    if (line.charCodeAt(0) === 0x3a) return; // ':' opens a comment.
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 0x20) value = value.slice(1);
    switch (field) {
      case 'data':
        data += `${value}\n`;
        hasData = true;
        return;
      case 'event':
        eventType = value;
        return;
      case 'id':
        if (!value.includes('\u0000')) idBuffer = value;
        return;
      case 'retry':
        if (/^\d+$/.test(value)) handlers.onRetry(Number(value));
        return;
      default:
        // Unknown fields are ignored, as the spec says.
        return;
    }
  }

  return {
    feed(chunk) {
      let text = chunk;
      if (skipLeadingLf && text.charCodeAt(0) === LF) text = text.slice(1);
      if (text !== '') skipLeadingLf = false;
      const scanFrom = partialLine.length;
      const buffer = partialLine + text;
      let lineStart = 0;
      for (let index = scanFrom; index < buffer.length; index++) {
        const code = buffer.charCodeAt(index);
        if (code !== LF && code !== CR) continue;
        processLine(buffer.slice(lineStart, index));
        if (code === CR) {
          if (index + 1 === buffer.length) skipLeadingLf = true;
          else if (buffer.charCodeAt(index + 1) === LF) index++;
        }
        lineStart = index + 1;
      }
      partialLine = buffer.slice(lineStart);
    },
    pendingLength: () => partialLine.length + data.length + eventType.length,
  };
}
