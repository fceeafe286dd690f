// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { READ_ONLY_API_KEY } from '../auth/auth-store.ts';
import { SERVER_SCENARIOS } from '../fleet/fleet-servers.ts';
import type { RunningMockServer } from '../server/server.ts';
import { apiFetch, apiJson, testClock, type TestClock } from '../testing/test-helpers.ts';
import { DETERMINISTIC, startTestMock } from '../testing/test-mock.ts';
import { MINUTE_MS } from '../fleet/units.ts';

interface EventWire {
  id: string;
  ruleName: string;
  severity: string;
  resourceId: string;
  triggeredAt: string;
  resolvedAt: string | null;
  resolved: boolean;
}
interface EventsPage {
  events: EventWire[];
  page: number;
  perPage: number;
  total: number;
}

let server: RunningMockServer;
let clock: TestClock;
beforeEach(async () => {
  clock = testClock();
  server = await startTestMock({ ...DETERMINISTIC, now: clock.now });
});
afterEach(() => server.close());

const BASE = '/api/monitoring/alerts';
const count = async () => (await apiJson<{ count: number }>(server, `${BASE}/count`)).count;
const page = (query = '') => apiJson<EventsPage>(server, `${BASE}/events${query}`);

describe('alerts API', () => {
  it('raises open alerts from the fleet: the unreachable server, the hot CPU, the full disk', async () => {
    const open = await page('?resolved=false&per_page=100');
    const firing = open.events.map((event) => `${event.ruleName} ${event.resourceId}`);
    expect(firing).toContain(`Server unreachable ${SERVER_SCENARIOS.unreachable}`);
    expect(firing).toContain(`Disk above 90 % ${SERVER_SCENARIOS.diskFull}`);
    expect(firing).toContain(`Instance down inst-13`);
    const all = await page('?per_page=100');
    expect(
      all.events.some((e) => e.ruleName === 'CPU above 90 %' && e.resourceId === 'srv-03'),
    ).toBe(true);
    expect(open.total).toBe(await count());
    expect(open.events.every((event) => !event.resolved && event.resolvedAt === null)).toBe(true);
    const times = open.events.map((event) => Date.parse(event.triggeredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('opens and resolves alerts as time passes, on the five-minute evaluation grid', async () => {
    const before = await page('?per_page=100');
    clock.advance(6 * 60 * MINUTE_MS);
    const after = await page('?per_page=100');
    expect(after.total).toBeGreaterThan(before.total);
    const resolvedByRule = after.events.filter((event) => event.resolved);
    expect(resolvedByRule.length).toBeGreaterThan(0);
  });

  it('pages with page/per_page and filters resolved, and rejects nonsense', async () => {
    const all = await page('?per_page=100');
    const first = await page('?page=1&per_page=2');
    const second = await page('?page=2&per_page=2');
    expect(first).toMatchObject({ page: 1, perPage: 2, total: all.total });
    expect(first.events).toHaveLength(2);
    expect(second.events[0]?.id).toBe(all.events[2]?.id);
    const resolved = await page('?resolved=true&per_page=100');
    expect(resolved.events.every((event) => event.resolved)).toBe(true);
    for (const query of ['?resolved=maybe', '?page=0', '?per_page=1000', '?page=x']) {
      expect((await apiFetch(server, `${BASE}/events${query}`)).status).toBe(400);
    }
  });

  it('resolves one, then all, and keeps them resolved', async () => {
    const openBefore = await count();
    const [target] = (await page('?resolved=false')).events;
    const res = await apiFetch(server, `${BASE}/events/${target!.id}/resolve`, { method: 'PATCH' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ message: 'Alert resolved' });
    expect(await count()).toBe(openBefore - 1);
    const resolved = await page('?resolved=true&per_page=100');
    expect(resolved.events.find((event) => event.id === target!.id)?.resolved).toBe(true);
    const unknown = await apiFetch(server, `${BASE}/events/nope/resolve`, { method: 'PATCH' });
    expect(unknown.status).toBe(404);
    const all = await apiFetch(server, `${BASE}/events/resolve-all`, { method: 'POST' });
    expect(await all.json()).toEqual({ message: `${openBefore - 1} alerts resolved` });
    expect(await count()).toBe(0);
    clock.advance(MINUTE_MS);
    expect(await count()).toBe(0);
  });

  it('answers 403 to the read-only key on resolve, which still reads everything', async () => {
    const openBefore = await count();
    const [target] = (await page('?resolved=false')).events;
    const one = await apiFetch(
      server,
      `${BASE}/events/${target!.id}/resolve`,
      { method: 'PATCH' },
      READ_ONLY_API_KEY,
    );
    const all = await apiFetch(
      server,
      `${BASE}/events/resolve-all`,
      { method: 'POST' },
      READ_ONLY_API_KEY,
    );
    expect([one.status, all.status]).toEqual([403, 403]);
    expect((await apiFetch(server, `${BASE}/count`, {}, READ_ONLY_API_KEY)).status).toBe(200);
    expect(await count()).toBe(openBefore);
  });

  it('applies the faults: errors, hostile text, malformed bodies', async () => {
    await fetch(`${server.url}/__mock/faults`, {
      method: 'PUT',
      body: JSON.stringify({ hostileText: true }),
    });
    const hostile = await page();
    expect(hostile.events.some((event) => event.ruleName.includes('<'))).toBe(true);
    await fetch(`${server.url}/__mock/faults`, {
      method: 'PUT',
      body: JSON.stringify({
        hostileText: false,
        malformed: 'invalid-json',
        errors: [{ pattern: '*/alerts/count', status: 503 }],
      }),
    });
    expect((await apiFetch(server, `${BASE}/count`)).status).toBe(503);
    const text = await (await apiFetch(server, `${BASE}/events`)).text();
    expect(() => JSON.parse(text)).toThrow();
  });

  it('lists the preset rules', async () => {
    const { rules } = await apiJson<{ rules: { id: string; severity: string }[] }>(
      server,
      `${BASE}/rules`,
    );
    expect(rules.map((rule) => rule.severity)).toEqual(
      expect.arrayContaining(['critical', 'warning']),
    );
  });
});
