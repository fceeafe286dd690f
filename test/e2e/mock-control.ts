import type { APIRequestContext } from '@playwright/test';

// The embedded mock's loopback-only control API, reached through the preview server's origin.
export async function setFaults(request: APIRequestContext, patch: Record<string, unknown>) {
  const response = await request.put('/__mock/faults', { data: patch });
  if (!response.ok()) throw new Error(`setFaults: ${response.status()} ${await response.text()}`);
}

export async function resetFaults(request: APIRequestContext) {
  const response = await request.delete('/__mock/faults');
  if (!response.ok()) throw new Error(`resetFaults: ${response.status()}`);
}

export async function mockStats(
  request: APIRequestContext,
): Promise<{ openStreams: number; requests: number; streamConnects: number }> {
  return (await request.get('/__mock/stats')).json();
}
