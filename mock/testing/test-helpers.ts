// Shared helpers for the mock's HTTP tests: a controllable clock, authed fetch, and an SSE reader.
// Start the mock itself with startTestMock (test-mock.ts).
import { DEV_API_KEY } from '../auth/auth-store.ts';
import type { RunningMockServer } from '../server/server.ts';

export const TEST_NOW = Date.UTC(2026, 10, 26, 12, 0, 10);

export interface TestClock {
  now: () => number;
  advance(ms: number): void;
}

export function testClock(start = TEST_NOW): TestClock {
  let current = start;
  return { now: () => current, advance: (ms) => void (current += ms) };
}

export function apiFetch(
  server: RunningMockServer,
  path: string,
  init: RequestInit = {},
  token: string = DEV_API_KEY,
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('Authorization')) headers.set('Authorization', `Bearer ${token}`);
  return fetch(`${server.url}${path}`, { ...init, headers });
}

export async function apiJson<T = unknown>(server: RunningMockServer, path: string): Promise<T> {
  const response = await apiFetch(server, path);
  if (!response.ok) throw new Error(`${path} → ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export interface SseFrame {
  id?: string;
  event?: string;
  data?: string;
  retry?: string;
  comment?: string;
}

function parseFrame(block: string): SseFrame {
  const frame: SseFrame = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) frame.comment = line.slice(1).trim();
    const match = /^(id|event|data|retry): ?(.*)$/.exec(line);
    if (match) frame[match[1] as 'id' | 'event' | 'data' | 'retry'] = match[2];
  }
  return frame;
}

/** Reads an SSE response in the background, collecting complete frames as they arrive. */
export function readSse(response: Response) {
  const frames: SseFrame[] = [];
  let buffer = '';
  let ended = false;
  const decoder = new TextDecoder();
  const reader = response.body!.getReader();
  const pump = async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let split = buffer.indexOf('\n\n');
      while (split >= 0) {
        frames.push(parseFrame(buffer.slice(0, split)));
        buffer = buffer.slice(split + 2);
        split = buffer.indexOf('\n\n');
      }
    }
  };
  const done = pump()
    .catch(() => undefined)
    .finally(() => (ended = true));
  return {
    frames,
    events: () => frames.filter((frame) => frame.data !== undefined),
    get ended() {
      return ended;
    },
    done,
    pending: () => buffer,
  };
}

export async function openStream(
  server: RunningMockServer,
  instanceId: string,
  headers: Record<string, string> = {},
) {
  const controller = new AbortController();
  const response = await apiFetch(
    server,
    `/api/instances/${instanceId}/monitoring/metrics/stream`,
    {
      headers,
      signal: controller.signal,
    },
  );
  return { response, sse: readSse(response), abort: () => controller.abort() };
}
