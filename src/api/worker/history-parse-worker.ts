// Web Worker: decodes, JSON-parses and validates a long history off the main thread, so a dense
// 7-day answer (~10 MB) never blocks input. Only plain objects travel back.
import { parseInstanceMetrics } from '../schemas/instance-schemas.ts';
import { describeParseFailure } from '../schemas/parse-failure.ts';
import { parseServerMetrics } from '../schemas/server-schemas.ts';
import type { HistoryParseRequest, HistoryParseResponse } from './history-parse-messages.ts';

const PARSERS = { server: parseServerMetrics, instance: parseInstanceMetrics };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<HistoryParseRequest>) => void) | null;
  postMessage(message: HistoryParseResponse): void;
};

scope.onmessage = ({ data }) => {
  const { id, kind, period, bytes } = data;
  let json: unknown;
  try {
    const text = new TextDecoder().decode(bytes);
    json = text.trim() === '' ? null : JSON.parse(text);
  } catch {
    scope.postMessage({ id, ok: false, stage: 'json', detail: 'not JSON' });
    return;
  }
  try {
    scope.postMessage({ id, ok: true, value: PARSERS[kind](json, period) });
  } catch (error) {
    scope.postMessage({ id, ok: false, stage: 'shape', detail: describeParseFailure(error) });
  }
};
