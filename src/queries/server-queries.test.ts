// @vitest-environment node
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_SCENARIOS } from '../../mock/fleet/fleet-servers.ts';
import { startTestMock, type TestMock } from '../../mock/testing/test-mock.ts';
import { DEV_KEY } from '../../test/render-with-providers.tsx';
import { createApiClient, type ApiClient } from '../api/client.ts';
import { serverLatestOptions, serverOptions, serversOptions } from './server-queries.ts';

let mock: TestMock;
const requested: { path: string; status: number }[] = [];
let client: ApiClient;

beforeAll(async () => {
  mock = await startTestMock({ localHost: false });
  client = createApiClient({
    baseUrl: `${mock.url}/api`,
    getCredentials: () => ({ token: DEV_KEY }),
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      requested.push({ path: new URL(String(input)).pathname, status: response.status });
      return response;
    },
  });
});
afterAll(() => mock.close());

const freshQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
const latestRequests = (serverId: string) =>
  requested.filter(
    ({ path }) =>
      path === `/api/servers/${serverId}` || path.startsWith(`/api/servers/${serverId}/`),
  );

describe('serverLatestOptions', () => {
  it('never asks for the latest sample of a server the list says has never reported', async () => {
    const queryClient = freshQueryClient();
    const servers = await queryClient.fetchQuery(serversOptions(client));
    const silent = servers.filter((server) => server.lastSeenAt === null);
    expect(silent.map((server) => server.id)).toContain(SERVER_SCENARIOS.provisioning);
    requested.length = 0;
    for (const server of servers)
      await queryClient.fetchQuery(serverLatestOptions(client, server.id));
    for (const server of silent) {
      expect(queryClient.getQueryData(serverLatestOptions(client, server.id).queryKey)).toEqual({
        sample: null,
        previous: null,
      });
      expect(latestRequests(server.id)).toEqual([]);
    }
    expect(requested.filter(({ status }) => status === 404)).toEqual([]);
    expect(latestRequests(SERVER_SCENARIOS.healthy).length).toBeGreaterThan(0);
  });

  it('asks for the server itself first when no list is cached (a server page opened directly)', async () => {
    const queryClient = freshQueryClient();
    requested.length = 0;
    const server = SERVER_SCENARIOS.provisioning;
    await Promise.all([
      queryClient.fetchQuery(serverOptions(client, server)),
      queryClient.fetchQuery(serverLatestOptions(client, server)),
    ]);
    expect(requested).toEqual([{ path: `/api/servers/${server}`, status: 200 }]);
  });
});
