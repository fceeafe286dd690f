// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Faults } from './faults.ts';
import { LONG_HOSTILE_TEXT } from './hostile.ts';
import type { RunningMockServer } from '../server/server.ts';
import { apiFetch, apiJson } from '../testing/test-helpers.ts';
import { DETERMINISTIC, startTestMock } from '../testing/test-mock.ts';
import { instanceSchema, serverSchema } from '../testing/test-schemas.ts';

let server: RunningMockServer;
beforeEach(async () => {
  server = await startTestMock(DETERMINISTIC);
});
afterEach(() => server.close());

async function setFaults(patch: Partial<Faults>) {
  const response = await fetch(`${server.url}/__mock/faults`, {
    method: 'PATCH',
    body: JSON.stringify(patch),
  });
  expect(response.status).toBe(200);
}

describe('fault switches', () => {
  it('delays responses by latencyMs', async () => {
    await setFaults({ latencyMs: 150 });
    const started = performance.now();
    expect((await apiFetch(server, '/api/servers')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('injects errors by substring and glob, with Retry-After on 429', async () => {
    await setFaults({
      errors: [
        { pattern: '/api/servers/*/metrics', status: 503, retryAfterSeconds: 7 },
        { pattern: 'instances', status: 429, retryAfterSeconds: 12 },
        { pattern: '/api/servers/srv-02', status: 502 },
        { pattern: '/api/servers/srv-01', status: 500 },
      ],
    });
    const unavailable = await apiFetch(server, '/api/servers/srv-01/metrics');
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('7');
    expect(await unavailable.json()).toMatchObject({ error: { code: 'service_unavailable' } });

    const limited = await apiFetch(server, '/api/instances');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('12');

    const badGateway = await apiFetch(server, '/api/servers/srv-02');
    expect(badGateway.status).toBe(502);
    expect(badGateway.headers.get('content-type')).toMatch(/text\/html/);

    const broken = await apiFetch(server, '/api/servers/srv-01');
    expect(broken.status).toBe(500);
    expect(await broken.json()).toMatchObject({ error: { code: 'internal_error' } });
    expect((await apiFetch(server, '/api/servers')).status).toBe(200);
  });

  it('fails only `times` matching requests, then recovers', async () => {
    await setFaults({ errors: [{ pattern: '*', status: 429, times: 2 }] });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await apiFetch(server, '/api/servers')).status);
    expect(statuses).toEqual([429, 429, 200]);
    const faults = await (await fetch(`${server.url}/__mock/faults`)).json();
    expect(faults.errors).toEqual([]);
  });

  it('grows the fleet to fleetSize servers with instances spread across them', async () => {
    await setFaults({ fleetSize: 1000 });
    const { servers } = z
      .object({ servers: z.array(serverSchema) })
      .parse(await apiJson(server, '/api/servers'));
    expect(servers).toHaveLength(1000);
    const { instances } = z
      .object({ instances: z.array(instanceSchema) })
      .parse(await apiJson(server, '/api/instances'));
    expect(instances.length).toBeGreaterThan(1000);
    expect(new Set(instances.map((instance) => instance.serverId)).size).toBeGreaterThan(500);
    const generated = servers.at(-1)!;
    expect((await apiFetch(server, `/api/servers/${generated.id}/metrics/latest`)).status).not.toBe(
      401,
    );
    await fetch(`${server.url}/__mock/faults`, { method: 'DELETE' });
    const curated = (await apiJson<{ servers: unknown[] }>(server, '/api/servers')).servers;
    expect(curated.length).toBeLessThan(20);
  });

  it('puts hostile text into every human-readable field', async () => {
    await setFaults({ hostileText: true });
    const { servers } = await apiJson<{ servers: z.infer<typeof serverSchema>[] }>(
      server,
      '/api/servers',
    );
    servers.forEach((s) => serverSchema.parse(s));
    expect(servers[0]!.description).toBe(LONG_HOSTILE_TEXT);
    expect(LONG_HOSTILE_TEXT).toHaveLength(10_000);
    const text = JSON.stringify(servers);
    expect(text).toContain('<script>');
    expect(text).toContain('onerror=');
    expect(text).toContain('\u202E');
    expect(text).toContain('\u0335');
    for (const s of servers.slice(1)) {
      for (const field of ['name', 'host', 'statusMessage', 'osName'] as const) {
        expect(s[field]).toMatch(/<|\u202E|\u202B|\u0335|\{\{|javascript:|&|\u200B/);
      }
    }
    const { instances } = await apiJson<{ instances: z.infer<typeof instanceSchema>[] }>(
      server,
      '/api/instances',
    );
    expect(instances[0]!.statusMessage).toBe(LONG_HOSTILE_TEXT);
    expect(instances[1]!.domains[0]!.domain).not.toMatch(/^[a-z0-9.-]+$/);
    // Ids stay usable so pages can still be reached.
    expect((await apiFetch(server, `/api/servers/${servers[1]!.id}`)).status).toBe(200);
  });

  it('revokes the API key and shortens token lifetimes on demand', async () => {
    await setFaults({ revokeApiKeys: true });
    const revoked = await apiFetch(server, '/api/servers');
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toMatchObject({ error: { message: 'API key has been revoked' } });

    await setFaults({ revokeApiKeys: false, tokenTtlSeconds: 5 });
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ email: 'operator@example.com', password: 'operator-demo' }),
    });
    expect(login.headers.getSetCookie().join(';')).toMatch(/ocore_access=[^;]+; Max-Age=5/);
  });
});
