import type { ServerSentEvent } from './sse-parser.ts';
import { parseInstanceSample } from '../../api/schemas/instance-sample.ts';
import type { InstanceSample } from '../../model/types.ts';

/** What one SSE event means to the metric stream. */
export type SampleEvent =
  { kind: 'sample'; sample: InstanceSample } | { kind: 'malformed' } | { kind: 'ignored' };

// The API documents no event name: unnamed events arrive as undefined, named ones as `metrics`.
const SAMPLE_EVENT_NAMES = new Set([undefined, 'message', 'metrics']);

/** Reads an event's data as one instance sample; bad JSON or an unusable sample is malformed. */
export function readSampleEvent(event: ServerSentEvent): SampleEvent {
  if (!SAMPLE_EVENT_NAMES.has(event.event)) return { kind: 'ignored' };
  try {
    const sample = parseInstanceSample(JSON.parse(event.data));
    return sample ? { kind: 'sample', sample } : { kind: 'malformed' };
  } catch {
    return { kind: 'malformed' };
  }
}
