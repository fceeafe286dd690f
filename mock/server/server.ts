// startMockServer: the mock on a real HTTP port, for `npm run mock` and tests.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createMockApp, type MockAppOptions } from './app.ts';
import type { MockState } from './state.ts';

export interface StartMockServerOptions extends MockAppOptions {
  /** 0 (the default) picks a free ephemeral port. */
  port?: number;
  /** Defaults to 127.0.0.1 so the mock (and its control API) stays on this machine. */
  host?: string;
}

export interface RunningMockServer {
  /** e.g. http://127.0.0.1:PORT (no trailing slash; the API lives under /api). */
  url: string;
  port: number;
  state: MockState;
  /** Ends open streams and connections, stops timers, and resolves once the port is released. */
  close(): Promise<void>;
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startMockServer(
  options: StartMockServerOptions = {},
): Promise<RunningMockServer> {
  const { port = 0, host = '127.0.0.1', ...appOptions } = options;
  const mock = createMockApp(appOptions);
  const server = createServer(getRequestListener(mock.app.fetch));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    mock.dispose();
    throw error;
  }
  const actualPort = (server.address() as AddressInfo).port;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${urlHost(host)}:${actualPort}`,
    port: actualPort,
    state: mock.state,
    close() {
      closing ??= new Promise<void>((resolve) => {
        mock.dispose();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
