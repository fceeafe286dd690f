import { isValidOrgSlug } from '../model/org-slug.ts';
import { isRecord } from './schemas/wire-values.ts';

/** Deployment settings read at start-up, so one build serves any oCore install. */
export interface RuntimeConfig {
  /** Root-relative (`/api`, behind the same-origin proxy) or an absolute http(s) URL. */
  apiBaseUrl: string;
  orgSlug?: string;
  /** An `ocore_…` API key for unattended wall screens; otherwise the user signs in. */
  apiKey?: string;
  /** Each screen's API budget (requests a minute, 30–6,000); the default is 300. */
  requestsPerMinute?: number;
}

export const DEFAULT_RUNTIME_CONFIG: RuntimeConfig = { apiBaseUrl: '/api' };

export interface RuntimeConfigResult {
  config: RuntimeConfig;
  /**
   * False when the dashboard's own server did not answer (offline, or a 5xx): the defaults are a
   * stand-in then, not what the operator configured, and the page should load again once it can.
   */
  reachable: boolean;
}

/**
 * Loads `/config.json`. Tolerant by design: a missing or broken file means the defaults, and an
 * unusable field is dropped rather than stopping the dashboard. Never logs the key.
 */
export async function readRuntimeConfig(
  fetchImpl: typeof fetch = fetch,
  url = '/config.json',
): Promise<RuntimeConfigResult> {
  let raw: unknown;
  try {
    const res = await fetchImpl(url, {
      cache: 'no-store',
      headers: { Accept: 'application/json' },
    });
    if (!res.ok) return { config: { ...DEFAULT_RUNTIME_CONFIG }, reachable: res.status < 500 };
    raw = await res.json();
  } catch (error) {
    // An HTML fallback page (SyntaxError) or no answer at all (TypeError): run with the defaults.
    return { config: { ...DEFAULT_RUNTIME_CONFIG }, reachable: !(error instanceof TypeError) };
  }
  return { config: parseRuntimeConfig(raw), reachable: true };
}

export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  if (!isRecord(raw)) return { ...DEFAULT_RUNTIME_CONFIG };
  const config: RuntimeConfig = { apiBaseUrl: baseUrlFrom(raw.apiBaseUrl) };
  const orgSlug = typeof raw.orgSlug === 'string' ? raw.orgSlug.trim() : undefined;
  if (isValidOrgSlug(orgSlug)) config.orgSlug = orgSlug;
  const apiKey = typeof raw.apiKey === 'string' ? raw.apiKey.trim() : '';
  if (apiKey !== '' && !/\s/.test(apiKey)) config.apiKey = apiKey;
  const budget = raw.requestsPerMinute;
  if (typeof budget === 'number' && Number.isInteger(budget) && budget >= 30 && budget <= 6000) {
    config.requestsPerMinute = budget;
  }
  return config;
}

function baseUrlFrom(value: unknown): string {
  if (typeof value !== 'string') return DEFAULT_RUNTIME_CONFIG.apiBaseUrl;
  const trimmed = value.trim().replace(/\/+$/, '');
  // Protocol-relative `//host` would silently follow the page's scheme; require an explicit one.
  const isPath = trimmed.startsWith('/') && !trimmed.startsWith('//');
  const isHttpUrl = /^https?:\/\/[^/\s]+/i.test(trimmed);
  return isPath || isHttpUrl ? trimmed : DEFAULT_RUNTIME_CONFIG.apiBaseUrl;
}
