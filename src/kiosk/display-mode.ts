// Display parameters (`kiosk`, `tz`, `dim`, `reload`, `rotate`, `servers`) stick to the tab: once
// given, every later URL keeps them, so a wall never drops out of its mode by navigating or reloading.
import type { TimeZoneMode } from '../lib/format.ts';
import { parseDimWindow, type DimWindow } from './night-dim.ts';
import { parseRotation, type Rotation } from './rotation.ts';

export const STICKY_PARAMS = ['kiosk', 'tz', 'dim', 'reload', 'rotate', 'servers'] as const;
export type StickyParam = (typeof STICKY_PARAMS)[number];
export type StickyValues = Partial<Record<StickyParam, string>>;

const STORAGE_KEY = 'ocore-monitor.display';

/** Values that switch a parameter off again (`kiosk=0`, `tz=local`, `rotate=off`, …). */
function isOffValue(name: StickyParam, value: string): boolean {
  const text = value.trim().toLowerCase();
  if (text === '' || text === '0' || text === 'off' || text === 'false' || text === 'no') {
    return true;
  }
  return name === 'tz' && text === 'local';
}

/** What the URL says, on top of what the tab remembered; the URL always wins. */
export function mergeSticky(search: string, stored: StickyValues): StickyValues {
  const params = new URLSearchParams(search);
  const merged: StickyValues = {};
  for (const name of STICKY_PARAMS) {
    const fromUrl = params.get(name);
    const value = fromUrl ?? stored[name];
    if (value !== undefined && !isOffValue(name, value)) merged[name] = value;
  }
  return merged;
}

/** The search string with every sticky value set (and switched-off ones removed). */
export function withSticky(search: string, sticky: StickyValues): string {
  const params = new URLSearchParams(search);
  for (const name of STICKY_PARAMS) {
    const value = sticky[name];
    if (value === undefined) params.delete(name);
    else params.set(name, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** True when both search strings carry the same parameters, whatever their order. */
export function sameSearch(a: string, b: string): boolean {
  const sorted = (search: string) => {
    const params = new URLSearchParams(search);
    params.sort();
    return params.toString();
  };
  return sorted(a) === sorted(b);
}

export function readStoredSticky(storage: Pick<Storage, 'getItem'> | null): StickyValues {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    const values: StickyValues = {};
    for (const name of STICKY_PARAMS) {
      const value = (parsed as Record<string, unknown>)[name];
      if (typeof value === 'string') values[name] = value;
    }
    return values;
  } catch {
    // Unreadable or blocked storage: the URL alone decides.
    return {};
  }
}

export function writeStoredSticky(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null,
  sticky: StickyValues,
) {
  try {
    // Nothing to remember leaves nothing behind (an ordinary tab keeps its storage clean).
    if (Object.keys(sticky).length === 0) storage?.removeItem(STORAGE_KEY);
    else storage?.setItem(STORAGE_KEY, JSON.stringify(sticky));
  } catch {
    // Storage full or blocked: the URL still carries the parameters.
  }
}

export interface DisplayMode {
  kiosk: boolean;
  timeZone: TimeZoneMode;
  dim: DimWindow | null;
  /** `reload=24h`: reload this long after the page loaded (at a quiet moment). */
  safetyReloadMs: number | null;
  rotation: Rotation | null;
  /** The sticky values themselves, to carry on when navigating. */
  sticky: StickyValues;
}

export function displayModeFrom(sticky: StickyValues): DisplayMode {
  return {
    kiosk: sticky.kiosk !== undefined,
    timeZone: sticky.tz?.trim().toLowerCase() === 'utc' ? 'utc' : 'local',
    dim: sticky.dim ? parseDimWindow(sticky.dim) : null,
    safetyReloadMs: sticky.reload ? parseReloadAfter(sticky.reload) : null,
    rotation: sticky.rotate ? parseRotation(sticky.rotate, sticky.servers ?? null) : null,
    sticky,
  };
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Shorter than this would reload in a loop rather than keep a screen healthy. */
export const MIN_SAFETY_RELOAD_MS = 10 * 60_000;

/** "24h", "90m", "2d" (a bare number is hours) → ms, never below 10 minutes; null if unreadable. */
export function parseReloadAfter(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/i.exec(text);
  if (!match) return null;
  const ms = Number(match[1]) * UNIT_MS[(match[2] || 'h').toLowerCase()];
  return Number.isFinite(ms) && ms > 0 ? Math.max(ms, MIN_SAFETY_RELOAD_MS) : null;
}
