// Web Worker: decodes, JSON-parses and validates a long history off the main thread, so a dense
// 7-day answer (~10 MB) never blocks input. Only plain objects travel back.
import { describeParseFailure } from '../schemas/parse-failure.ts';
import type { HistoryParseRequest, HistoryParseResponse } from './history-parse-messages.ts';
import { HistoryParseError, parseHistory } from './parse-history.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<HistoryParseRequest>) => void) | null;
  postMessage(message: HistoryParseResponse): void;
};

scope.onmessage = ({ data }) => {
  const { id, kind, period, bytes } = data;
  try {
    scope.postMessage({ id, ok: true, value: parseHistory(kind, bytes, period) });
  } catch (error) {
    const stage = error instanceof HistoryParseError ? error.stage : 'shape';
    scope.postMessage({ id, ok: false, stage, detail: describeParseFailure(error) });
  }
};
