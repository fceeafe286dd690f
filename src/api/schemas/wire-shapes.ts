import { sortAndDedupe } from '../../lib/series/gaps.ts';
import { isPeriod } from '../../model/periods.ts';
import type { Period } from '../../model/types.ts';
import { isRecord } from './wire-values.ts';

// Envelopes around the payload differ between documented and assumed endpoints; these helpers
// find the payload either way, so the schemas only describe the objects themselves.

/** `{server: {...}}` or the bare object: unwraps `key` only when the outer object has no id. */
export function unwrapDetail(json: unknown, key: string): unknown {
  if (isRecord(json) && isRecord(json[key]) && !('id' in json)) return json[key];
  return json;
}

/** The items of `{servers: [...]}` or of a bare array; anything else is not a list. */
export function listItems(json: unknown, key: string): unknown[] {
  if (Array.isArray(json)) return json;
  if (isRecord(json) && Array.isArray(json[key])) return json[key];
  throw new Error(`expected a list of ${key}`);
}

/** Parses every item, keeping the ones that parse: one broken item must not hide the rest. */
export function parseEach<T>(items: unknown[], parseItem: (item: unknown) => T | null): T[] {
  const parsed: T[] = [];
  for (const item of items) {
    const value = parseItem(item);
    if (value !== null) parsed.push(value);
  }
  return parsed;
}

/** `{metrics: [...], period}` (documented) or a bare array of samples. */
function metricsBody(json: unknown): { items: unknown[]; period: unknown } {
  if (Array.isArray(json)) return { items: json, period: undefined };
  if (isRecord(json) && Array.isArray(json.metrics)) {
    return { items: json.metrics, period: json.period };
  }
  throw new Error('expected a list of metrics');
}

/** A single sample, bare (documented) or wrapped as `{sample}`, `{metric}` or `{metrics}`. */
export function unwrapSample(json: unknown): unknown {
  if (!isRecord(json)) return json;
  for (const key of ['sample', 'metric', 'metrics']) {
    if (isRecord(json[key])) return json[key];
  }
  return json;
}

/** Samples oldest first, duplicates dropped; the period the API reports, else the one asked for. */
export function parseMetrics<S extends { collectedAt: number }>(
  json: unknown,
  requested: Period,
  parseSample: (raw: unknown) => S | null,
): { period: Period; samples: S[] } {
  const { items, period } = metricsBody(json);
  return {
    period: isPeriod(period) ? period : requested,
    samples: sortAndDedupe(parseEach(items, parseSample)),
  };
}

/** The one sample of a latest endpoint; one without a usable `timeField` is an error. */
export function parseLatest<S>(
  json: unknown,
  parseSample: (raw: unknown) => S | null,
  timeField: string,
): S {
  const sample = parseSample(unwrapSample(json));
  if (!sample) throw new Error(`the latest sample has no usable ${timeField}`);
  return sample;
}
