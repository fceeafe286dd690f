import { expect, test } from '@playwright/test';
import { DEV_API_KEY } from '../../mock/auth/auth-store.ts';
import { ACCESS_COOKIE } from '../../mock/auth/auth-routes.ts';

// The micro-cache in test/nginx/ocore-monitor.conf, measured by the mock's request counter: what
// reaches oCore behind nginx. Plain fetches stand in for wall screens (a browser per screen would
// cost minutes); each asks exactly what one wall screen asks in a refresh round.

const nginxUrl = process.env.NGINX_URL ?? '';
const mockUrl = process.env.MOCK_URL ?? '';
const SCREENS = 20;

test.beforeAll(() => {
  if (!mockUrl || !nginxUrl) throw new Error('Run through test/nginx/run.sh');
});

async function upstreamRequests(): Promise<number> {
  return ((await (await fetch(`${mockUrl}/__mock/stats`)).json()) as { requests: number }).requests;
}

/** What reached the mock while `run` ran. */
async function upstreamDuring(run: () => Promise<unknown>): Promise<number> {
  const before = await upstreamRequests();
  await run();
  return (await upstreamRequests()) - before;
}

function get(path: string, headers: Record<string, string> = {}) {
  return fetch(`${nginxUrl}${path}`, {
    headers: { Accept: 'application/json', 'Cache-Control': 'no-cache', ...headers },
  });
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** One screen's refresh round: the list, the instances, then every server's latest. */
async function screenRound(tag: string, headers: Record<string, string>): Promise<string[]> {
  // A tag of this test's own keeps earlier tests' cached answers out of the count.
  const list = await get(`/api/servers?round=${tag}`, headers);
  expect(list.status).toBe(200);
  const servers = (await list.json()) as { servers: Array<{ id: string }> };
  const paths = [
    `/api/instances?round=${tag}`,
    ...servers.servers.map((server) => `/api/servers/${server.id}/metrics/latest?round=${tag}`),
  ];
  const bodies = await Promise.all(
    paths.map(async (path) => {
      const response = await get(path, headers);
      return `${response.status} ${await response.text()}`;
    }),
  );
  return [`${list.status}`, ...bodies];
}

test('twenty screens with one key cost oCore about one screen’s requests', async () => {
  const key = bearer(DEV_API_KEY);
  const oneScreen = await upstreamDuring(() => screenRound('single', key));
  expect(oneScreen).toBeGreaterThan(10);

  let rounds: string[][] = [];
  const twentyScreens = await upstreamDuring(async () => {
    // Screens do not start in the same millisecond: spread them over a second.
    rounds = await Promise.all(
      Array.from({ length: SCREENS }, async (_, screen) => {
        await new Promise((resolve) => setTimeout(resolve, screen * 50));
        return screenRound('twenty', key);
      }),
    );
  });
  expect(twentyScreens, `one screen cost ${oneScreen} upstream requests`).toBeLessThanOrEqual(
    Math.ceil(oneScreen * 1.1),
  );
  // Every screen got the same, complete answers (404: a server with no sample yet).
  for (const round of rounds) expect(round).toEqual(rounds[0]);
  expect(rounds[0].filter((answer) => !/^(200|404)\b/.test(answer))).toEqual([]);
});

test('answers cached for one key are never served to another', async () => {
  const path = '/api/servers/srv-01/metrics/latest?round=keys';
  const login = await fetch(`${nginxUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'operator@example.com', password: 'operator-demo' }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers.getSetCookie().find((line) => line.startsWith(`${ACCESS_COOKIE}=`));
  const accessToken = cookie?.split(';')[0].slice(ACCESS_COOKIE.length + 1) ?? '';
  expect(accessToken).not.toBe('');

  const apiKey = bearer(DEV_API_KEY);
  expect(await upstreamDuring(() => get(path, apiKey))).toBe(1);
  // The same key again: served from the cache.
  expect(await upstreamDuring(() => get(path, apiKey))).toBe(0);
  // Another credential, another org: each asks oCore itself.
  expect(await upstreamDuring(() => get(path, bearer(accessToken)))).toBe(1);
  expect(await upstreamDuring(() => get(path, { ...apiKey, 'X-Org-Slug': 'other-org' }))).toBe(1);

  // A wrong key gets oCore's 401, not the answer cached for the right one, and the 401 is not
  // cached over it.
  const wrong = await get(path, bearer('ocore_not_a_real_key'));
  expect(wrong.status).toBe(401);
  expect((await get(path, apiKey)).status).toBe(200);

  // A cookie session sends no Authorization: never answered from the cache, never cached.
  const sessionCookie = { Cookie: `${ACCESS_COOKIE}=${accessToken}` };
  expect(await upstreamDuring(() => get(path, sessionCookie))).toBe(1);
  expect(await upstreamDuring(() => get(path, sessionCookie))).toBe(1);
  expect((await get(path)).status).toBe(401);
});
