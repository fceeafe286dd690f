import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.ts';
import { createApiClient, type ApiClientOptions } from './client.ts';
import { listItems } from './schemas/wire-shapes.ts';

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

const identity = (value: unknown) => value;

/** A fetch that never answers but rejects, like the real one, when its signal aborts. */
function hangingFetch() {
  return vi.fn<typeof fetch>(
    (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      }),
  );
}

function setup(overrides: Partial<ApiClientOptions> = {}) {
  const fetchMock = vi.fn<typeof fetch>(async () => json({ ok: true }));
  const client = createApiClient({
    baseUrl: 'https://ocore.example/api/',
    getCredentials: () => ({ token: 'ocore_k_secret', orgSlug: 'acme-hosting' }),
    fetch: fetchMock,
    ...overrides,
  });
  return { client, fetchMock: (overrides.fetch as typeof fetchMock | undefined) ?? fetchMock };
}

function sentRequest(fetchMock: ReturnType<typeof vi.fn<typeof fetch>>, call = 0) {
  const [url, init] = fetchMock.mock.calls[call];
  return { url: String(url), init: init!, headers: new Headers(init!.headers) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createApiClient: requests', () => {
  it('sends auth, org and accept headers, with cookies, and never puts the token in the URL', async () => {
    const { client, fetchMock } = setup();
    await client.request('/servers/a%2Fb/metrics', identity, { query: { period: '6h' } });
    const { url, init, headers } = sentRequest(fetchMock);
    expect(url).toBe('https://ocore.example/api/servers/a%2Fb/metrics?period=6h');
    expect(url).not.toContain('ocore_k_secret');
    expect(init.method).toBe('GET');
    expect(init.credentials).toBe('include');
    expect(headers.get('Accept')).toBe('application/json');
    expect(headers.get('Authorization')).toBe('Bearer ocore_k_secret');
    expect(headers.get('X-Org-Slug')).toBe('acme-hosting');
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('omits auth and org headers when there are none (cookie session)', async () => {
    const { client, fetchMock } = setup({ getCredentials: () => ({ token: null }) });
    await client.request('/servers', identity);
    const { headers } = sentRequest(fetchMock);
    expect(headers.has('Authorization')).toBe(false);
    expect(headers.has('X-Org-Slug')).toBe(false);
  });

  it('sends a JSON body', async () => {
    const { client, fetchMock } = setup();
    await client.request('/auth/login', identity, { method: 'POST', body: { email: 'a@b.c' } });
    const { init, headers } = sentRequest(fetchMock);
    expect(init.method).toBe('POST');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(init.body).toBe('{"email":"a@b.c"}');
  });

  it('returns what parse makes of the JSON, and parses an empty body as null', async () => {
    const { client, fetchMock } = setup();
    fetchMock.mockResolvedValueOnce(json({ servers: [1, 2] }));
    await expect(
      client.request('/servers', (v) => (v as { servers: number[] }).servers),
    ).resolves.toEqual([1, 2]);
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await expect(client.request('/auth/logout', identity)).resolves.toBeNull();
  });

  it('builds stream URLs from the base without credentials', () => {
    const { client } = setup();
    expect(client.baseUrl).toBe('https://ocore.example/api');
    expect(client.streamUrl('/instances/i-1/monitoring/metrics/stream')).toBe(
      'https://ocore.example/api/instances/i-1/monitoring/metrics/stream',
    );
    expect(createApiClient({ baseUrl: '/api', getCredentials: () => ({}) }).streamUrl('/x')).toBe(
      '/api/x',
    );
  });
});

describe('createApiClient: failures', () => {
  it('maps non-2xx answers through errorFromResponse', async () => {
    const { client, fetchMock } = setup();
    fetchMock.mockResolvedValueOnce(json({ message: 'Invalid period', code: 'bad_period' }, 400));
    await expect(client.request('/servers/a/metrics', identity)).rejects.toMatchObject({
      name: 'ApiError',
      status: 400,
      code: 'bad_period',
      message: 'Invalid period',
    });
  });

  it('maps invalid JSON and parse failures to invalid_response', async () => {
    const { client, fetchMock } = setup();
    fetchMock.mockResolvedValueOnce(new Response('{"servers": [', { status: 200 }));
    await expect(client.request('/servers', identity)).rejects.toMatchObject({
      status: 200,
      code: 'invalid_response',
      message: expect.stringContaining('The oCore API sent a response the dashboard cannot read'),
    });
    fetchMock.mockResolvedValueOnce(json({ servers: 'nope' }));
    const error = await client
      .request('/servers', (v) => listItems(v, 'servers'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'invalid_response' });
    expect((error as ApiError).message).toContain('GET /servers: expected a list of servers');
  });

  it('maps a failed fetch to a network error', async () => {
    const { client, fetchMock } = setup();
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(client.request('/servers', identity)).rejects.toMatchObject({
      status: 0,
      code: 'network',
      message: 'The oCore API could not be reached',
    });
  });

  it('times out after 15 s by default', async () => {
    vi.useFakeTimers();
    const { client } = setup({ fetch: hangingFetch() });
    const result = client.request('/servers', identity).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(await result).toMatchObject({
      status: 0,
      code: 'timeout',
      message: 'The oCore API did not answer within 15 s',
    });
  });

  it('times out even when fetch ignores its signal, or the body never ends', async () => {
    vi.useFakeTimers();
    const ignoring = vi.fn<typeof fetch>(() => new Promise(() => {}));
    const first = setup({ fetch: ignoring, timeoutMs: 1_000 }).client.request('/a', identity);
    const stalledBody = new Response(new ReadableStream({ start() {} }), { status: 200 });
    const endless = vi.fn<typeof fetch>(async () => stalledBody);
    const second = setup({ fetch: endless, timeoutMs: 1_000 }).client.request('/b', identity);
    const settled = Promise.allSettled([first, second]);
    await vi.advanceTimersByTimeAsync(1_000);
    for (const outcome of await settled) {
      expect(outcome).toMatchObject({ status: 'rejected', reason: { code: 'timeout' } });
    }
  });

  it.each([
    ['with AbortSignal.any', false],
    ['without AbortSignal.any', true],
  ])('lets a caller abort through as the original AbortError (%s)', async (_label, removeAny) => {
    const original = Object.getOwnPropertyDescriptor(AbortSignal, 'any');
    // Older Safari and Firefox lack AbortSignal.any; the client must combine signals itself.
    if (removeAny)
      Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true });
    try {
      const { client } = setup({ fetch: hangingFetch() });
      const controller = new AbortController();
      const result = client.request('/servers', identity, { signal: controller.signal });
      controller.abort();
      const error = await result.catch((e: unknown) => e);
      expect(error).not.toBeInstanceOf(ApiError);
      expect(error).toBe(controller.signal.reason);
      expect((error as DOMException).name).toBe('AbortError');
    } finally {
      if (original) Object.defineProperty(AbortSignal, 'any', original);
    }
  });
});
