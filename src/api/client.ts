import {
  ApiError,
  errorFromResponse,
  invalidResponseError,
  isUnauthorized,
  networkError,
  timeoutError,
} from './api-error.ts';
import { describeParseFailure } from './schemas/parse-failure.ts';
import { withTimeout } from './timeout-signal.ts';

export interface ApiCredentials {
  /** A JWT access token or an `ocore_…` API key; absent for cookie sessions. */
  token?: string | null;
  orgSlug?: string | null;
}

export interface ApiRequestInit<T = unknown> {
  signal?: AbortSignal;
  method?: string;
  /** Sent as JSON. */
  body?: unknown;
  query?: Record<string, string>;
  /** Decodes, parses and checks the raw body instead of `parse` (long histories: off-thread). */
  parseBytes?: (bytes: ArrayBuffer) => Promise<T>;
}

export interface ApiClientOptions {
  baseUrl: string;
  /** Read before every request, so a new token or org applies without rebuilding the client. */
  getCredentials: () => ApiCredentials;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /**
   * Called after a 401 (never for `/auth/*` calls, which are how a session is obtained).
   * Resolving true retries the request once. Concurrent 401s share one call.
   */
  onUnauthorized?: () => Promise<boolean>;
}

export interface ApiClient {
  readonly baseUrl: string;
  /** Sends one request and returns `parse(json)`; throws ApiError or the caller's AbortError. */
  request<T>(path: string, parse: (json: unknown) => T, init?: ApiRequestInit<T>): Promise<T>;
  /** Absolute or root-relative URL for a path, e.g. for the fetch-based event stream. */
  streamUrl(path: string): string;
  /** The credentials the next request will send (the event stream needs them as headers too). */
  credentials(): ApiCredentials;
  /**
   * Renews the session after a 401, sharing the one renewal in flight; false when oCore refuses,
   * rejects when the renewal itself could not get through (network, timeout, 5xx).
   */
  renewSession(): Promise<boolean>;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let renewal: Promise<boolean> | null = null;
  // Counts successful renewals: a 401 for a request sent before the latest one just retries.
  let renewals = 0;

  const urlFor = (path: string, query?: Record<string, string>) => {
    const url = baseUrl + (path.startsWith('/') ? path : `/${path}`);
    const search = query ? new URLSearchParams(query).toString() : '';
    return search === '' ? url : `${url}${url.includes('?') ? '&' : '?'}${search}`;
  };

  function renewSession(onUnauthorized: () => Promise<boolean>): Promise<boolean> {
    // Ten panels failing at once must cause one refresh, not ten.
    renewal ??= onUnauthorized()
      .then((renewed) => {
        if (renewed) renewals += 1;
        return renewed;
      })
      .finally(() => (renewal = null));
    return renewal;
  }

  async function attempt<T>(
    path: string,
    parse: (json: unknown) => T,
    init: ApiRequestInit<T>,
  ): Promise<T> {
    const method = init.method ?? 'GET';
    const { token, orgSlug } = options.getCredentials();
    const headers = new Headers({ Accept: 'application/json' });
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (orgSlug) headers.set('X-Org-Slug', orgSlug);
    if (init.body !== undefined) headers.set('Content-Type', 'application/json');
    // Resolved per call (not stored on an object) so a swapped global fetch applies and the
    // browser's fetch is never invoked with a foreign `this` ("Illegal invocation").
    const fetchImpl = options.fetch ?? globalThis.fetch;

    const deadline = withTimeout(init.signal, timeoutMs);
    let status: number;
    let text = '';
    let bytes: ArrayBuffer | null = null;
    try {
      const res = await deadline.race(
        fetchImpl(urlFor(path, init.query), {
          method,
          headers,
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
          // Cookie sessions (after sign-in) ride along; API keys travel in the header.
          credentials: 'include',
          // Monitoring data must be fresh; never let an HTTP cache answer.
          cache: 'no-store',
          signal: deadline.signal,
        }),
      );
      if (!res.ok) throw await deadline.race(errorFromResponse(res));
      status = res.status;
      if (init.parseBytes) bytes = await deadline.race(res.arrayBuffer());
      else text = await deadline.race(res.text());
    } catch (error) {
      if (error instanceof ApiError) throw error;
      // The caller gave up (react-query cancelled): stay quiet, keep the original AbortError.
      if (init.signal?.aborted) throw error;
      throw deadline.timedOut() ? timeoutError(timeoutMs, error) : networkError(error);
    } finally {
      deadline.dispose();
    }

    if (bytes && init.parseBytes) {
      try {
        return await init.parseBytes(bytes);
      } catch (error) {
        throw invalidResponseError(
          status,
          `${method} ${path}: ${describeParseFailure(error)}`,
          error,
        );
      }
    }
    let json: unknown = null;
    if (text.trim() !== '') {
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw invalidResponseError(status, `${method} ${path}: not JSON`, error);
      }
    }
    try {
      return parse(json);
    } catch (error) {
      throw invalidResponseError(
        status,
        `${method} ${path}: ${describeParseFailure(error)}`,
        error,
      );
    }
  }

  return {
    baseUrl,
    credentials: () => options.getCredentials(),
    renewSession: () =>
      options.onUnauthorized ? renewSession(options.onUnauthorized) : Promise.resolve(false),
    async request(path, parse, init = {}) {
      const renewalsBefore = renewals;
      try {
        return await attempt(path, parse, init);
      } catch (error) {
        const { onUnauthorized } = options;
        if (!isUnauthorized(error) || !onUnauthorized || path.startsWith('/auth/')) throw error;
        const renewedMeanwhile = renewals !== renewalsBefore;
        if (!renewedMeanwhile && !(await renewSession(onUnauthorized))) throw error;
        return attempt(path, parse, init);
      }
    },
    streamUrl: (path) => urlFor(path),
  };
}
