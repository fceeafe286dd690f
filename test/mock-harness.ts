import { startMockServer, type StartMockServerOptions } from '../mock/server/server.ts';
import type { Faults } from '../mock/faults/faults.ts';

export interface TestMock {
  /** e.g. http://127.0.0.1:41234; the API lives under /api. */
  origin: string;
  setFaults(patch: Partial<Faults>): Promise<void>;
  resetFaults(): Promise<void>;
  stats(): Promise<{ openStreams: number; requests: number; streamConnects: number }>;
  close(): Promise<void>;
}

/** The real mock on an ephemeral port, driven through its own control API like e2e tests do. */
export async function startTestMock(options: StartMockServerOptions = {}): Promise<TestMock> {
  const mock = await startMockServer({ port: 0, ...options });
  const control = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${mock.url}/__mock${path}`, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(
        `mock control ${method} ${path}: ${response.status} ${await response.text()}`,
      );
    return response.json();
  };
  return {
    origin: mock.url,
    setFaults: async (patch) => void (await control('PUT', '/faults', patch)),
    resetFaults: async () => void (await control('DELETE', '/faults')),
    stats: () => control('GET', '/stats'),
    close: () => mock.close(),
  };
}

/** Named scenarios, so tests read as what goes wrong rather than as fault JSON. */
export const scenarios = {
  serverFails: (mock: TestMock, serverId: string, status = 503) =>
    mock.setFaults({ errors: [{ pattern: `/api/servers/${serverId}*`, status }] }),
  historyFails: (mock: TestMock, status = 502) =>
    mock.setFaults({ errors: [{ pattern: '*/metrics', status }] }),
  fleetListFails: (mock: TestMock, status = 500) =>
    mock.setFaults({ errors: [{ pattern: '*/api/servers', status }] }),
  streamStalls: (mock: TestMock) => mock.setFaults({ streamStall: true }),
};
