// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, preview, type InlineConfig } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEV_API_KEY } from '../auth/auth-store.ts';
import type { RunningMockServer } from './server.ts';
import { startTestMock } from '../testing/test-mock.ts';
import { readSse } from '../testing/test-helpers.ts';
import { apiProxyOptions, ocoreApi } from './vite-plugin.ts';

let root: string;
beforeAll(() => {
  // An empty project, so Vite has nothing of the app to scan or bundle.
  root = mkdtempSync(join(tmpdir(), 'ocore-vite-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.OCORE_API_URL;
  delete process.env.MOCK_STREAM_INTERVAL_MS;
});

const config = (): InlineConfig => ({
  configFile: false,
  root,
  logLevel: 'silent',
  plugins: [ocoreApi()],
  optimizeDeps: { noDiscovery: true, include: [] },
  server: { host: '127.0.0.1', port: 0 },
  preview: { host: '127.0.0.1', port: 0 },
  build: { outDir: root, emptyOutDir: false },
});

const authed = { headers: { Authorization: `Bearer ${DEV_API_KEY}` } };

async function firstStreamEvent(base: string) {
  const controller = new AbortController();
  const response = await fetch(`${base}api/instances/inst-01/monitoring/metrics/stream`, {
    ...authed,
    signal: controller.signal,
  });
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  const sse = readSse(response);
  await vi.waitFor(() => expect(sse.events().length).toBeGreaterThanOrEqual(1), { timeout: 3_000 });
  controller.abort();
  return sse.events()[0]!;
}

describe('apiProxyOptions', () => {
  it('keeps the target path prefix, assuming /api for a bare origin', () => {
    const withPath = apiProxyOptions('http://127.0.0.1:9999/api');
    expect(withPath).toMatchObject({ target: 'http://127.0.0.1:9999', changeOrigin: true });
    expect(withPath.rewrite!('/api/servers?x=1')).toBe('/api/servers?x=1');
    expect(apiProxyOptions('https://ocore.example.com').rewrite!('/api/servers')).toBe(
      '/api/servers',
    );
    expect(apiProxyOptions('https://example.com/ocore/api/').rewrite!('/api/servers')).toBe(
      '/ocore/api/servers',
    );
  });
});

describe('ocoreApi plugin', () => {
  it('embeds the mock in the dev server and serves a config with the dev key', async () => {
    process.env.MOCK_STREAM_INTERVAL_MS = '100';
    const server = await createServer(config());
    await server.listen();
    try {
      const base = server.resolvedUrls!.local[0]!;
      expect(await (await fetch(`${base}config.json`)).json()).toEqual({
        apiBaseUrl: '/api',
        apiKey: DEV_API_KEY,
      });
      expect((await fetch(`${base}api/servers`)).status).toBe(401);
      expect((await fetch(`${base}api/servers`, authed)).status).toBe(200);
      expect((await fetch(`${base}__mock/stats`)).status).toBe(200);
      expect((await firstStreamEvent(base)).id).toBe('1');
    } finally {
      await server.close();
    }
  });

  it('embeds the mock in the preview server too', async () => {
    const server = await preview(config());
    try {
      const base = server.resolvedUrls!.local[0]!;
      expect(await (await fetch(`${base}config.json`)).json()).toMatchObject({
        apiKey: DEV_API_KEY,
      });
      expect((await fetch(`${base}api/instances`, authed)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  describe('with OCORE_API_URL', () => {
    let upstream: RunningMockServer;
    beforeAll(async () => {
      upstream = await startTestMock({ localHost: false, streamIntervalMs: 60_000 });
    });
    afterAll(() => upstream.close());

    it('proxies /api (streams unbuffered) and serves a config without a key', async () => {
      process.env.OCORE_API_URL = `${upstream.url}/api`;
      const server = await createServer(config());
      await server.listen();
      try {
        const base = server.resolvedUrls!.local[0]!;
        expect(await (await fetch(`${base}config.json`)).json()).toEqual({ apiBaseUrl: '/api' });
        const before = upstream.state.requests;
        expect((await fetch(`${base}api/servers`, authed)).status).toBe(200);
        expect(upstream.state.requests).toBe(before + 1);
        // With a one-minute interval, only an unbuffered proxy delivers the first event promptly.
        expect((await firstStreamEvent(base)).id).toBe('1');
        // No embedded mock, so no control API (Vite answers with its SPA fallback instead).
        const control = await fetch(`${base}__mock/stats`);
        expect(control.headers.get('content-type')).not.toMatch(/json/);
      } finally {
        await server.close();
      }
    });
  });
});
