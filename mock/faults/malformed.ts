// The `malformed` fault: turns good samples into the kinds of bad data a real backend might send.
import type { MalformedKind } from './faults.ts';

type Sample = Record<string, unknown>;

const CPU_FIELDS = ['cpuUsagePercent', 'cpuPercent'];
const MEMORY_FIELDS = [
  'ramUsedBytes',
  'ramAvailableBytes',
  'ramUsagePercent',
  'memoryUsedBytes',
  'memoryUsageBytes',
  'memoryUsagePercent',
];

function present(sample: Sample, fields: string[]): string[] {
  return fields.filter((field) => field in sample);
}

function wrongTypes(sample: Sample, index: number): Sample {
  const result: Sample = {};
  for (const [key, value] of Object.entries(sample)) {
    result[key] = typeof value === 'number' ? String(value) : value;
  }
  result.collectedAt = Date.parse(String(sample.collectedAt));
  result.id = index;
  for (const field of present(sample, CPU_FIELDS)) result[field] = index % 2 === 0 ? true : null;
  return result;
}

function missingFields(sample: Sample, index: number): Sample {
  const result: Sample = { ...sample };
  for (const field of present(sample, CPU_FIELDS)) delete result[field];
  if (index % 3 === 0) delete result.collectedAt;
  if (index % 2 === 1) for (const field of present(sample, MEMORY_FIELDS)) delete result[field];
  return result;
}

const FAR_PAST = '2001-01-01T00:00:00.000Z';

function absurdValues(sample: Sample, index: number): Sample {
  const result: Sample = { ...sample };
  for (const field of present(sample, CPU_FIELDS)) result[field] = 4000;
  if ('diskTotalBytes' in sample) {
    result.diskUsedBytes = Number(sample.diskTotalBytes) * 3;
    result.diskAvailableBytes = -Number(sample.diskTotalBytes) * 2;
    result.diskUsagePercent = 300;
  } else {
    result.diskUsedBytes = -5_000_000_000;
  }
  for (const field of present(sample, ['ramUsedBytes', 'memoryUsedBytes', 'memoryUsageBytes'])) {
    result[field] = -1_234_567;
  }
  for (const field of present(sample, ['ramUsagePercent', 'memoryUsagePercent', 'cpuLoad5m'])) {
    result[field] = 'NaN';
  }
  if ('cpuLoad15m' in sample) result.cpuLoad15m = 'Infinity';
  if ('uptimeSeconds' in sample) result.uptimeSeconds = -42;
  // A clock an hour ahead, and one stuck in 2001: aged honestly, never "just now" forever.
  const collectedAt = Date.parse(String(sample.collectedAt));
  if (index % 4 === 1) result.collectedAt = new Date(collectedAt + 3_600_000).toISOString();
  if (index % 4 === 3) result.collectedAt = FAR_PAST;
  // Counters that run backwards in time (whatever order the stamps above put the samples in).
  const seconds = Date.parse(String(result.collectedAt)) / 1000;
  result.networkRxBytes = 1e15 - seconds * 70_000;
  result.networkTxBytes = 1e15 - seconds * 90_000;
  return result;
}

/** One sample garbled; `index` is its position in a history or the event sequence number. */
export function malformSample(kind: MalformedKind, sample: Sample, index: number): Sample {
  switch (kind) {
    case 'wrong-types':
      return wrongTypes(sample, index);
    case 'missing-fields':
      return missingFields(sample, index);
    case 'absurd-values':
      return absurdValues(sample, index);
    case 'out-of-order': {
      // Every other one claims to be ten minutes older than it is: time runs backwards.
      if (index % 2 !== 0) return sample;
      const shifted = Date.parse(String(sample.collectedAt)) - 600_000;
      return { ...sample, collectedAt: new Date(shifted).toISOString() };
    }
    case 'duplicates':
    case 'invalid-json':
      return sample;
  }
}

/** A whole history garbled: reordered, duplicated or per-sample broken. */
export function malformSamples(kind: MalformedKind, samples: Sample[]): Sample[] {
  if (kind === 'out-of-order') {
    const reversed = [...samples].reverse();
    for (let i = 0; i + 1 < reversed.length; i += 3) {
      [reversed[i], reversed[i + 1]] = [reversed[i + 1], reversed[i]];
    }
    return reversed;
  }
  if (kind === 'duplicates') return samples.flatMap((sample) => [sample, { ...sample }]);
  return samples.map((sample, index) => malformSample(kind, sample, index));
}

/** JSON text for a body, cut short mid-value when the fault asks for invalid JSON. */
export function renderJson(kind: MalformedKind | null, body: unknown): string {
  const text = JSON.stringify(body);
  if (kind !== 'invalid-json') return text;
  return `${text.slice(0, Math.max(1, Math.floor(text.length * 0.6)))}NaN,`;
}
