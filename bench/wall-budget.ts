// A wall screen's cost to the API and to its own CPU: requests and bytes per minute, and how busy
// the renderer's main thread is once the wall has settled, for fleets of 14, 1,000 and 10,000.
import type { Browser, Request } from '@playwright/test';
import { resetFaults, setFaults } from './lib/mock-control.ts';

export const WALL_FLEETS = [14, 1000, 10_000];
const MINUTE_MS = 60_000;
const WALL_VIEWPORT = { width: 1920, height: 1080 };

export interface WallMinute {
  requests: number;
  bytes: number;
  byKind: Record<string, number>;
}

export interface WallBudgetRun {
  servers: number;
  first: WallMinute;
  second: WallMinute;
  /** Share of the second minute the renderer's main thread was busy (0–1). */
  busyShare: number;
}

export function requestKind(url: string): string {
  const path = new URL(url).pathname;
  if (path.endsWith('/latest')) return 'latest';
  if (path.includes('/metrics')) return 'history';
  if (path.startsWith('/api/servers')) return 'server list';
  if (path.startsWith('/api/instances')) return 'instances';
  return 'other';
}

function emptyMinute(): WallMinute {
  return { requests: 0, bytes: 0, byKind: {} };
}

/** Two minutes of /wall?kiosk=1 on a 1080p screen, counted minute by minute. */
export async function measureWallBudget(
  browser: Browser,
  origin: string,
  servers: number,
): Promise<WallBudgetRun> {
  await setFaults(origin, { fleetSize: servers === 14 ? null : servers });
  const context = await browser.newContext({ baseURL: origin, viewport: WALL_VIEWPORT });
  try {
    const page = await context.newPage();
    const minutes = [emptyMinute(), emptyMinute()];
    let startedAt = 0;
    const pending: Promise<void>[] = [];
    const minuteOf = new WeakMap<Request, WallMinute>();
    // Counted in the minute the request started; its bytes once it has finished.
    page.on('request', (request) => {
      if (!new URL(request.url()).pathname.startsWith('/api/')) return;
      const minute = minutes[Math.floor((Date.now() - startedAt) / MINUTE_MS)];
      if (!minute) return;
      minuteOf.set(request, minute);
      minute.requests += 1;
      const kind = requestKind(request.url());
      minute.byKind[kind] = (minute.byKind[kind] ?? 0) + 1;
    });
    page.on('requestfinished', (request) => {
      const minute = minuteOf.get(request);
      if (!minute) return;
      pending.push(
        request.sizes().then(
          (sizes) => void (minute.bytes += sizes.responseBodySize + sizes.responseHeadersSize),
          () => undefined,
        ),
      );
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    startedAt = Date.now();
    await page.goto('/wall?kiosk=1', { waitUntil: 'commit' });
    await page.waitForTimeout(MINUTE_MS - (Date.now() - startedAt));
    const taskSeconds = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
    };
    const busyBefore = await taskSeconds();
    const secondStartedAt = Date.now();
    await page.waitForTimeout(2 * MINUTE_MS - (Date.now() - startedAt));
    const busyShare = (await taskSeconds()) - busyBefore;
    const spanSeconds = (Date.now() - secondStartedAt) / 1000;
    await Promise.all(pending);
    return { servers, first: minutes[0], second: minutes[1], busyShare: busyShare / spanSeconds };
  } finally {
    await context.close();
    await resetFaults(origin);
  }
}
