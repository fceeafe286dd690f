// Bytes → a checked history, the same in the worker and (where there is no worker) on this thread.
import type { Period } from '../../model/types.ts';
import { parseInstanceMetrics } from '../schemas/instance-schemas.ts';
import { parseServerMetrics } from '../schemas/server-schemas.ts';
import type { HistoryKind } from './history-parse-messages.ts';

const PARSERS = { server: parseServerMetrics, instance: parseInstanceMetrics };

/** A body that could not be read; `stage` says whether it was not JSON or had a bad shape. */
export class HistoryParseError extends Error {
  constructor(
    readonly stage: 'json' | 'shape',
    detail: string,
  ) {
    super(detail);
  }
}

export function parseHistory(kind: HistoryKind, bytes: ArrayBuffer, period: Period): unknown {
  let json: unknown;
  try {
    const text = new TextDecoder().decode(bytes);
    json = text.trim() === '' ? null : JSON.parse(text);
  } catch {
    throw new HistoryParseError('json', 'not JSON');
  }
  return PARSERS[kind](json, period);
}
