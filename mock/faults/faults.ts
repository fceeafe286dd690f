// Fault switches: what can go wrong on purpose, their defaults, and validation of patches to them.
import { z } from 'zod';
import { STREAM_FRAMINGS } from '../routes/stream-framing.ts';

export const MALFORMED_KINDS = [
  'invalid-json',
  'wrong-types',
  'missing-fields',
  'absurd-values',
  'out-of-order',
  'duplicates',
] as const;
export type MalformedKind = (typeof MALFORMED_KINDS)[number];

const errorRuleSchema = z.strictObject({
  /** Substring of the request path, or a glob where `*` matches anything (including `/`). */
  pattern: z.string().min(1),
  /** Typically 500, 502, 503 or 429; any 4xx/5xx is accepted. */
  status: z.number().int().min(400).max(599),
  /** Sent as Retry-After (429 defaults to 1 s when absent). */
  retryAfterSeconds: z.number().int().min(0).optional(),
  /** Fail only this many matching requests, then let them through; absent: fail every one. */
  times: z.number().int().min(1).optional(),
});
export type ErrorRule = z.infer<typeof errorRuleSchema>;

const faultsSchema = z.strictObject({
  /** Delay before every /api response, in milliseconds. */
  latencyMs: z.number().min(0).max(120_000),
  /** Requests whose path matches a rule fail with its status (first match wins). */
  errors: z.array(errorRuleSchema),
  /** Lifetime of newly issued access tokens; null keeps the configured default. */
  tokenTtlSeconds: z.number().int().min(1).nullable(),
  /** Streams send headers, then nothing at all: no events, no heartbeats. */
  streamStall: z.boolean(),
  /** Streams close after this many events; null keeps them open. */
  streamDropAfter: z.number().int().min(0).nullable(),
  /** Streams go silent (open, no events, no heartbeats) once this many events were sent since
   *  the switch was set, reconnections included; null: never. */
  streamStallAfter: z.number().int().min(0).nullable(),
  /** The same events in another legal SSE framing (line endings, splits, BOM, noise…); null: LF. */
  streamFraming: z.enum(STREAM_FRAMINGS).nullable(),
  /** Streams send their bytes one at a time, one every this many milliseconds (a slow drip). */
  streamDripMs: z.number().int().min(1).max(60_000).nullable(),
  /** Streams answer HTTP 204 No Content: "stop reconnecting" in the SSE spec. */
  streamNoContent: z.boolean(),
  /** Garbles metric responses and stream events in the chosen way. */
  malformed: z.enum(MALFORMED_KINDS).nullable(),
  /** Every human-readable string gets markup, bidi and combining text; one is 10,000 characters. */
  hostileText: z.boolean(),
  /** Metric histories return raw 30 s samples whatever the period. */
  dense: z.boolean(),
  /** Exactly this many simulated servers (instances spread over them); null: the curated fleet. */
  fleetSize: z.number().int().min(0).max(100_000).nullable(),
  /** Exactly this many instances (generated ones spread over the servers); null: as the fleet has. */
  instanceCount: z.number().int().min(0).max(100_000).nullable(),
  /** One oversize garbage frame of this many bytes right after a stream's first event. */
  streamFrameBytes: z.number().int().min(1).max(64_000_000).nullable(),
  /** API keys stop working (as if revoked), forcing clients to show a credentials error. */
  revokeApiKeys: z.boolean(),
  /** oCore's clock runs this far ahead (or, negative, behind) of real time, in milliseconds. */
  clockOffsetMs: z
    .number()
    .int()
    .min(-10 * 365 * 86_400_000)
    .max(10 * 365 * 86_400_000),
});
export type Faults = z.infer<typeof faultsSchema>;

const faultsPatchSchema = faultsSchema.partial();

export function defaultFaults(): Faults {
  return {
    latencyMs: 0,
    errors: [],
    tokenTtlSeconds: null,
    streamStall: false,
    streamDropAfter: null,
    streamStallAfter: null,
    streamFraming: null,
    streamDripMs: null,
    streamNoContent: false,
    malformed: null,
    hostileText: false,
    dense: false,
    fleetSize: null,
    instanceCount: null,
    streamFrameBytes: null,
    revokeApiKeys: false,
    clockOffsetMs: 0,
  };
}

export type FaultsPatchResult =
  { ok: true; patch: Partial<Faults> } | { ok: false; message: string };

/** Validates an untrusted patch (control API body, env, CLI) without throwing. */
export function parseFaultsPatch(input: unknown): FaultsPatchResult {
  const parsed = faultsPatchSchema.safeParse(input);
  if (parsed.success) return { ok: true, patch: parsed.data };
  return { ok: false, message: z.prettifyError(parsed.error) };
}

/** Parses fault JSON from an environment variable or flag; throws a readable error if invalid. */
export function parseFaultsJson(text: string, source: string): Partial<Faults> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${source} is not valid JSON: ${text}`);
  }
  const result = parseFaultsPatch(json);
  if (!result.ok) throw new Error(`${source} has invalid faults:\n${result.message}`);
  return result.patch;
}

/** True when the request path matches a rule pattern (substring, or `*` glob over the whole path). */
export function matchesPattern(pattern: string, path: string): boolean {
  if (!pattern.includes('*')) return path.includes(pattern);
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`).test(path);
}
