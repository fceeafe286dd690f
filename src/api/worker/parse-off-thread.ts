// Hands a long history's bytes to one shared Web Worker; where workers are missing (tests, old
// browsers) or fail to start, parses on this thread with the very same functions.
import type { Period } from '../../model/types.ts';
import type {
  HistoryKind,
  HistoryParseRequest,
  HistoryParseResponse,
} from './history-parse-messages.ts';

/** A parse the worker refused; `stage` says whether the body was not JSON or had a bad shape. */
export class OffThreadParseError extends Error {
  constructor(
    readonly stage: 'json' | 'shape',
    detail: string,
  ) {
    super(detail);
  }
}

/** Periods long enough (thousands of samples) to be worth a trip to the worker. */
export function isLongHistory(period: Period): boolean {
  return period === '24h' || period === '7d';
}

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (response: HistoryParseResponse | Error) => void>();

function sharedWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker =
      typeof Worker === 'undefined'
        ? null
        : new Worker(new URL('./history-parse-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  worker?.addEventListener('message', ({ data }: MessageEvent<HistoryParseResponse>) => {
    waiting.get(data.id)?.(data);
    waiting.delete(data.id);
  });
  // The worker could not start (chunk missing after a deploy, policy): parse here from now on,
  // and fail what it held so those queries retry.
  worker?.addEventListener('error', () => {
    worker = null;
    waiting.forEach((settle) => settle(new Error('the history parser stopped')));
    waiting.clear();
  });
  return worker;
}

// Loaded only when needed: the schemas stay out of the first page's JS.
async function parseHere<T>(kind: HistoryKind, bytes: ArrayBuffer, period: Period): Promise<T> {
  const { HistoryParseError, parseHistory } = await import('./parse-history.ts');
  try {
    return parseHistory(kind, bytes, period) as T;
  } catch (error) {
    if (error instanceof HistoryParseError)
      throw new OffThreadParseError(error.stage, error.message);
    throw error;
  }
}

/** The parsed history (ServerMetrics or InstanceMetrics); throws OffThreadParseError. */
export function parseHistoryOffThread<T>(
  kind: HistoryKind,
  bytes: ArrayBuffer,
  period: Period,
): Promise<T> {
  const target = sharedWorker();
  if (!target) return parseHere<T>(kind, bytes, period);
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    waiting.set(id, (response) => {
      if (response instanceof Error) reject(response);
      else if (response.ok) resolve(response.value as T);
      else reject(new OffThreadParseError(response.stage, response.detail));
    });
    const request: HistoryParseRequest = { id, kind, period, bytes };
    target.postMessage(request, [bytes]);
  });
}
