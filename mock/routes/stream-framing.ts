// The same events in every framing the WHATWG event-stream format allows, as byte chunks.

export const STREAM_FRAMINGS = [
  'lf',
  'crlf',
  'cr',
  'split',
  'bom',
  'multiline',
  'noise',
  'id-keepalive',
  'retry-junk',
] as const;
export type StreamFraming = (typeof STREAM_FRAMINGS)[number];

export interface StreamEvent {
  id: number;
  event: string | null;
  /** The JSON text as the plain framing sends it (may be deliberately invalid). */
  data: string;
}

const encoder = new TextEncoder();

/** Lines with LF, CRLF or bare CR; every framing ends each line the same way within a stream. */
function lineEnding(framing: StreamFraming): string {
  if (framing === 'cr') return '\r';
  if (framing === 'crlf' || framing === 'split') return '\r\n';
  return '\n';
}

function dataLines(framing: StreamFraming, data: string): string[] {
  if (framing !== 'multiline') return [data];
  try {
    return JSON.stringify(JSON.parse(data), null, 2).split('\n');
  } catch {
    return [data]; // Invalid JSON on purpose (a malformed fault): keep it as it is.
  }
}

function eventLines(framing: StreamFraming, event: StreamEvent): string[] {
  const lines = [`id: ${event.id}`];
  if (framing === 'noise') lines.push(': between fields', 'x-unknown-field: ignored', 'idx: 1');
  if (framing === 'split') lines.push('note: température ✓');
  if (event.event) lines.push(`event: ${event.event}`);
  for (const line of dataLines(framing, event.data)) lines.push(`data: ${line}`);
  return lines;
}

function join(framing: StreamFraming, lines: string[]): string {
  const end = lineEnding(framing);
  return lines.map((line) => line + end).join('') + end;
}

/**
 * Cuts inside the CRLF after the id line, inside the field name `data`, and inside the two
 * bytes of "é" in the note line: the places a careless reader stitches wrongly.
 */
function splitPoints(bytes: Uint8Array, text: string): number[] {
  const at = (needle: string, offset: number) => {
    const index = text.indexOf(needle);
    return index < 0 ? -1 : encoder.encode(text.slice(0, index)).length + offset;
  };
  return [at('\r\nnote', 1), at('pérature', 2), at('data:', 2)]
    .filter((point) => point > 0 && point < bytes.length)
    .sort((a, b) => a - b);
}

function piecesOf(bytes: Uint8Array, points: number[]): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    if (point > start) pieces.push(bytes.slice(start, point));
    start = point;
  }
  return pieces;
}

/** Writes events, heartbeats and hints in one framing; `first` runs once, before anything else. */
export function createFramer(framing: StreamFraming) {
  let started = false;
  const chunk = (text: string): Uint8Array[] => {
    const prefix = !started && framing === 'bom' ? '\uFEFF' : '';
    started = true;
    return [encoder.encode(prefix + text)];
  };
  return {
    retryHint(ms: number): Uint8Array[] {
      const junk =
        framing === 'retry-junk' ? ['retry: 3s', 'retry: -1', 'retry: 1e3', 'retry:'] : [];
      return chunk(join(framing, [...junk, `retry: ${ms}`]));
    },
    event(event: StreamEvent): Uint8Array[] {
      const noise =
        framing === 'noise'
          ? join(framing, [': comment']) + join(framing, ['event: ping', 'data: {}'])
          : '';
      const text = noise + join(framing, eventLines(framing, event));
      if (framing !== 'split') return chunk(text);
      const [bytes] = chunk(text);
      return piecesOf(bytes, splitPoints(bytes, text));
    },
    /** A keepalive: a comment, or an id-only frame that still moves Last-Event-ID on. */
    heartbeat(nextId: () => number): Uint8Array[] {
      if (framing === 'id-keepalive') return chunk(join(framing, [`id: ${nextId()}`]));
      return chunk(join(framing, [': keepalive']));
    },
  };
}
