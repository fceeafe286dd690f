import { describe, expect, it, vi } from 'vitest';
import { parseRuntimeConfig, readRuntimeConfig } from './runtime-config.ts';

const loadConfig = async (...args: Parameters<typeof readRuntimeConfig>) =>
  (await readRuntimeConfig(...args)).config;
const serve = (body: string, status = 200) =>
  vi.fn<typeof fetch>(async () => new Response(body, { status }));

describe('loadRuntimeConfig', () => {
  it('reads a full config', async () => {
    const fetchMock = serve(
      JSON.stringify({
        apiBaseUrl: 'https://ocore.example/api/',
        orgSlug: 'acme-hosting',
        apiKey: 'ocore_k_wall',
      }),
    );
    await expect(loadConfig(fetchMock)).resolves.toEqual({
      apiBaseUrl: 'https://ocore.example/api',
      orgSlug: 'acme-hosting',
      apiKey: 'ocore_k_wall',
    });
    expect(String(fetchMock.mock.calls[0][0])).toBe('/config.json');
  });

  it('falls back to the defaults when the file is missing, HTML or unreachable', async () => {
    await expect(loadConfig(serve('not found', 404))).resolves.toEqual({
      apiBaseUrl: '/api',
    });
    await expect(loadConfig(serve('<!doctype html><html></html>'))).resolves.toEqual({
      apiBaseUrl: '/api',
    });
    const offline = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(loadConfig(offline, '/other.json')).resolves.toEqual({
      apiBaseUrl: '/api',
    });
    expect(offline).toHaveBeenCalledWith('/other.json', expect.anything());
  });

  it('says when the server did not answer, so the page can load again once it does', async () => {
    const offline = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(readRuntimeConfig(offline)).resolves.toEqual({
      config: { apiBaseUrl: '/api' },
      reachable: false,
    });
    expect((await readRuntimeConfig(serve('bad gateway', 502))).reachable).toBe(false);
    expect((await readRuntimeConfig(serve('not found', 404))).reachable).toBe(true);
    expect((await readRuntimeConfig(serve('<!doctype html>'))).reachable).toBe(true);
    expect((await readRuntimeConfig(serve('{"apiBaseUrl":"/x"}'))).reachable).toBe(true);
  });

  it('never logs the API key', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(() => undefined),
    );
    await loadConfig(serve(JSON.stringify({ apiKey: 'ocore_k_topsecret', orgSlug: 'X' })));
    for (const spy of spies) {
      for (const args of spy.mock.calls) expect(JSON.stringify(args)).not.toContain('topsecret');
    }
  });
});

describe('parseRuntimeConfig', () => {
  it('drops an org slug that oCore would reject', () => {
    for (const orgSlug of ['ab', 'Acme', 'acme_hosting', 'a'.repeat(51), 42]) {
      expect(parseRuntimeConfig({ orgSlug })).toEqual({ apiBaseUrl: '/api' });
    }
    expect(parseRuntimeConfig({ orgSlug: ' my-org-2 ' }).orgSlug).toBe('my-org-2');
  });

  it('keeps only usable base URLs and keys', () => {
    expect(parseRuntimeConfig({ apiBaseUrl: '/ocore/api/' }).apiBaseUrl).toBe('/ocore/api');
    for (const apiBaseUrl of ['', 'api', '//evil.example', 'javascript:alert(1)', null]) {
      expect(parseRuntimeConfig({ apiBaseUrl }).apiBaseUrl).toBe('/api');
    }
    expect(parseRuntimeConfig({ apiKey: '  ' })).toEqual({ apiBaseUrl: '/api' });
    expect(parseRuntimeConfig({ apiKey: 'has space' })).toEqual({ apiBaseUrl: '/api' });
    expect(parseRuntimeConfig([1, 2])).toEqual({ apiBaseUrl: '/api' });
  });
});

describe('parseRuntimeConfig requestsPerMinute', () => {
  it('takes a per-screen budget in range and drops anything else', () => {
    expect(parseRuntimeConfig({ requestsPerMinute: 120 }).requestsPerMinute).toBe(120);
    for (const bad of [0, 29, 6001, 12.5, '300', null]) {
      expect(parseRuntimeConfig({ requestsPerMinute: bad }).requestsPerMinute).toBeUndefined();
    }
  });
});
