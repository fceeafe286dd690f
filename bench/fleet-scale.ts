// Fleet page with 1,000 servers: when the table is there and the filter answers, and requests sent.
import type { Browser } from '@playwright/test';
import { freshPage, trackApiRequests } from './lib/page-timing.ts';

export const FLEET_SIZE = 1000;
const REQUEST_WINDOW_MS = 30_000;
/** Matches exactly one generated server. */
const FILTER_TEXT = 'srv-g0999';

export interface FleetInteractiveRun {
  /** Navigation start → frame with every row in the table. */
  tableMs: number;
  /** Typing into the filter → frame with the filtered table. */
  filterMs: number;
  /** Navigation start → the filtered table shown: the list was usable by then. */
  interactiveMs: number;
}

export async function measureFleetInteractive(
  browser: Browser,
  origin: string,
): Promise<FleetInteractiveRun> {
  const { context, page } = await freshPage(browser, origin);
  try {
    await page.goto('/', { waitUntil: 'commit' });
    const table = await page.waitForFunction(
      (rows) => document.querySelectorAll('table tbody tr').length >= rows && performance.now(),
      FLEET_SIZE,
      { polling: 'raf', timeout: 60_000 },
    );
    const tableMs = (await table.jsonValue()) as number;
    // Page code avoids named inner functions: tsx's keepNames would wrap them in a missing __name.
    const { typedAt, filteredAt } = await page.evaluate(async (text) => {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]');
      if (!input) throw new Error('No filter input');
      const before = document.querySelectorAll('table tbody tr').length;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      const typed = performance.now();
      setValue?.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (document.querySelectorAll('table tbody tr').length >= before) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return { typedAt: typed, filteredAt: performance.now() };
    }, FILTER_TEXT);
    return { tableMs, filterMs: filteredAt - typedAt, interactiveMs: filteredAt };
  } finally {
    await context.close();
  }
}

export interface FleetRequestRun {
  total: number;
  byKind: Record<string, number>;
}

function requestKind(url: string): string {
  const path = new URL(url).pathname;
  if (path.endsWith('/latest')) return 'latest';
  if (path.includes('/metrics')) return 'history';
  if (path.startsWith('/api/servers')) return 'server list';
  if (path.startsWith('/api/instances')) return 'instances';
  return 'other';
}

/** /api/ requests issued in the first 30 s after navigating to the fleet, without scrolling. */
export async function measureFleetRequests(
  browser: Browser,
  origin: string,
): Promise<FleetRequestRun> {
  const { context, page } = await freshPage(browser, origin);
  try {
    const api = trackApiRequests(page);
    await page.goto('/', { waitUntil: 'commit' });
    await page.waitForTimeout(REQUEST_WINDOW_MS);
    const byKind: Record<string, number> = {};
    for (const url of api.urls) byKind[requestKind(url)] = (byKind[requestKind(url)] ?? 0) + 1;
    return { total: api.urls.length, byKind };
  } finally {
    await context.close();
  }
}
