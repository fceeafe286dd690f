import { isFiniteNumber } from '../../model/validity.ts';

// Tolerant readers for single wire values. A value the API sent as nonsense becomes null (or ''),
// so one bad field never costs the operator the rest of a response. Plain functions rather than a
// schema library: every field is read this way, so a library would only add weight (a fleet of
// 1,000 servers is 16,000 of these reads) and bytes to the first page.

const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

// Epoch seconds stay below 1e11 until the year 5138; epoch milliseconds passed it in 1973.
const SECONDS_CUTOFF = 1e11;
// Monitoring data outside this window is a clock or encoding fault, not a real moment.
const EARLIEST_MS = Date.UTC(2000, 0, 1);
const LATEST_MS = Date.UTC(2100, 0, 1);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number from a number or a numeric string; NaN, Infinity and anything else → null. */
export function toNumberOrNull(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!NUMERIC.test(text)) return null;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : null;
}

export function toNumberInRange(value: unknown, min: number, max: number): number | null {
  const parsed = toNumberOrNull(value);
  return parsed !== null && parsed >= min && parsed <= max ? parsed : null;
}

/** Epoch ms from an ISO 8601 string or epoch seconds/milliseconds (number or numeric string). */
export function toEpochMs(value: unknown): number | null {
  let ms: number | null = null;
  if (typeof value === 'number' || (typeof value === 'string' && NUMERIC.test(value.trim()))) {
    const parsed = toNumberOrNull(value);
    if (parsed === null) return null;
    ms = Math.abs(parsed) < SECONDS_CUTOFF ? parsed * 1000 : parsed;
  } else if (typeof value === 'string') {
    ms = parseDateText(value.trim());
  }
  if (ms === null || ms < EARLIEST_MS || ms > LATEST_MS) return null;
  return Math.round(ms);
}

function parseDateText(text: string): number | null {
  let normalised = /^\d{4}-\d{2}-\d{2} \d/.test(text) ? text.replace(' ', 'T') : text;
  // Backends often send zone-less timestamps meaning UTC; Date.parse would read them as local time.
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(normalised)) normalised += 'Z';
  const ms = Date.parse(normalised);
  return Number.isNaN(ms) ? null : ms;
}

/** Display text: strings as sent, finite numbers as digits, anything else (null too) → ''. */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isFiniteNumber(value)) return String(value);
  return '';
}

export function toBoolean(value: unknown): boolean {
  if (typeof value === 'string') return ['true', '1', 'yes'].includes(value.trim().toLowerCase());
  return value === true || value === 1;
}

/** Bytes, counts, seconds, loads: negative or beyond exact integers is nonsense → null. */
export function toCount(value: unknown): number | null {
  return toNumberInRange(value, 0, Number.MAX_SAFE_INTEGER);
}

/** A share of a whole, 0–100. */
export function toPercent(value: unknown): number | null {
  return toNumberInRange(value, 0, 100);
}

/** Status words compare case-insensitively, so they are normalised once here. */
export function toStatus(value: unknown): string {
  return toText(value).trim().toLowerCase();
}

/** Ids are required: an item without one cannot be linked to, so the caller drops it. */
export function toId(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  return isFiniteNumber(value) ? String(value) : null;
}

/** One reader per field of T, each given whatever was sent for it, missing included. */
export type FieldReaders<T> = { readonly [K in keyof T]-?: (value: unknown) => T[K] };

/** Every field of `readers` read from `raw`; fields the API sent beyond them are left behind. */
export function readFields<T>(raw: Record<string, unknown>, readers: FieldReaders<T>): T {
  const fields: Partial<T> = {};
  for (const key of Object.keys(readers) as (keyof T & string)[]) {
    fields[key] = readers[key](raw[key]);
  }
  return fields as T;
}
