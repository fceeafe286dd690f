// Fleet page with 1,000 (and 10,000) servers: when the table is there and the filter answers, and
// requests sent.
import type { Browser } from '@playwright/test';
import { DEV_API_KEY } from '../mock/auth/auth-store.ts';
import { freshPage, trackApiRequests } from './lib/page-timing.ts';
import { requestKind } from './wall-budget.ts';

export const FLEET_SIZE = 1000;
export const LARGE_FLEET_SIZE = 10_000;
const REQUEST_WINDOW_MS = 30_000;

/** The last server's id in the mock's list: a filter that matches exactly one row. */
async function lastServerId(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/servers`, {
    headers: { Authorization: `Bearer ${DEV_API_KEY}` },
  });
  const { servers } = (await response.json()) as { servers: Array<{ id: string }> };
  const id = servers.at(-1)?.id;
  if (!id) throw new Error('The mock listed no servers');
  return id;
}

/** Body rows the table says it has (aria-rowcount on a virtualised table), else those in the DOM. */
function tableRowCount(): number {
  const table = document.querySelector('table');
  if (!table) return 0;
  const declared = Number(table.getAttribute('aria-rowcount'));
  return declared > 0 ? declared - 1 : table.querySelectorAll('tbody tr').length;
}

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
  fleetSize = FLEET_SIZE,
): Promise<FleetInteractiveRun> {
  const filterText = await lastServerId(origin);
  const { context, page } = await freshPage(browser, origin);
  try {
    await page.addInitScript({ content: `window.__tableRowCount = ${tableRowCount.toString()};` });
    await page.goto('/', { waitUntil: 'commit' });
    const table = await page.waitForFunction(
      (rows) =>
        document.querySelector('table tbody tr') !== null &&
        (window as unknown as { __tableRowCount: () => number }).__tableRowCount() >= rows &&
        performance.now(),
      fleetSize,
      { polling: 'raf', timeout: 120_000 },
    );
    const tableMs = (await table.jsonValue()) as number;
    // Page code avoids named inner functions: tsx's keepNames would wrap them in a missing __name.
    const { typedAt, filteredAt } = await page.evaluate(async (text) => {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]');
      if (!input) throw new Error('No filter input');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      const typed = performance.now();
      setValue?.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Done when the one matching row is the only one drawn.
      for (;;) {
        const rows = document.querySelectorAll('table tbody tr');
        if (rows.length === 1 && rows[0].getAttribute('data-id') === text) break;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return { typedAt: typed, filteredAt: performance.now() };
    }, filterText);
    return { tableMs, filterMs: filteredAt - typedAt, interactiveMs: filteredAt };
  } finally {
    await context.close();
  }
}

export interface FleetRequestRun {
  total: number;
  byKind: Record<string, number>;
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
