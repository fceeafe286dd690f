// The vitest set-up block for a file that shares one mock (kept apart: Playwright imports test-mock.ts).
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { StartMockServerOptions } from '../server/server.ts';
import { startTestMock, type TestMock } from './test-mock.ts';

/**
 * The set-up block of a test file sharing one mock: started before all tests, faults reset after
 * each, closed after all. The handle forwards to the running mock, so `mock.url` reads as usual.
 */
export function sharedTestMock(options: StartMockServerOptions = {}): TestMock {
  let running: TestMock | undefined;
  const started = () => {
    if (!running) throw new Error('sharedTestMock: the mock is used before beforeAll started it');
    return running;
  };
  beforeAll(async () => {
    running = await startTestMock(options);
  });
  afterEach(() => running?.resetFaults());
  afterAll(() => running?.close());
  return {
    get url() {
      return started().url;
    },
    get port() {
      return started().port;
    },
    get state() {
      return started().state;
    },
    setFaults: (patch) => started().setFaults(patch),
    resetFaults: () => started().resetFaults(),
    stats: () => started().stats(),
    close: () => started().close(),
  };
}
