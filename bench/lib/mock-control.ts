// The embedded mock's control API (/__mock), on the preview server's own origin.

export interface MockStats {
  openStreams: number;
  requests: number;
  streamConnects: number;
  streamTimers: number;
}

async function send(origin: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${origin}${path}`, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<unknown>;
}

export async function setFaults(origin: string, patch: Record<string, unknown>): Promise<void> {
  await send(origin, 'PUT', '/__mock/faults', patch);
}

export async function resetFaults(origin: string): Promise<void> {
  await send(origin, 'DELETE', '/__mock/faults');
}

export async function mockStats(origin: string): Promise<MockStats> {
  return (await send(origin, 'GET', '/__mock/stats')) as MockStats;
}
