// The one way tests start the mock: the real server on a free port, with its control API wrapped.
import type { Faults } from '../faults/faults.ts';
import {
  startMockServer,
  type RunningMockServer,
  type StartMockServerOptions,
} from '../server/server.ts';
import { TEST_NOW } from './test-helpers.ts';

export interface TestMock extends RunningMockServer {
  setFaults(patch: Partial<Faults>): Promise<void>;
  resetFaults(): Promise<void>;
  stats(): Promise<{ openStreams: number; requests: number; streamConnects: number }>;
}

/**
 * What the mock's own HTTP tests assert against: a clock stopped at TEST_NOW, a 50 ms stream and
 * no srv-local host. App tests keep the real clock (the dashboard judges data age by it).
 */
export const DETERMINISTIC: StartMockServerOptions = {
  now: () => TEST_NOW,
  streamIntervalMs: 50,
  localHost: false,
};

/** The real mock on an ephemeral port (unless `port` says otherwise), driven like e2e tests do. */
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
    ...mock,
    setFaults: async (patch) => void (await control('PUT', '/faults', patch)),
    resetFaults: async () => void (await control('DELETE', '/faults')),
    stats: () => control('GET', '/stats'),
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
