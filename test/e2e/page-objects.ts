import { expect, type Page } from '@playwright/test';
import type { Period } from '../../src/model/types.ts';

// What the specs look at, named once: the Live region, chart regions, the period selector and
// the fleet table. A label that changes is changed here, not in every spec.

/** The instance page's Live region: connection status, gauges and the unreadable-updates note. */
export function liveRegion(page: Page) {
  const region = page.getByRole('region', { name: 'Live' });
  return {
    region,
    status: region.getByRole('status'),
    cpuMeter: region.getByRole('meter', { name: 'CPU' }),
    note: region.getByRole('note'),
  };
}

/** A chart card by its exact title ("CPU usage", "Memory", …) and its first drawn line. */
export function chartRegion(page: Page, name: string) {
  const region = page.getByRole('region', { name, exact: true });
  return { region, line: region.locator('path.recharts-line-curve').first() };
}

/** The "Period" radio group on server and instance pages. */
export function periodSelector(page: Page) {
  const group = page.getByRole('radiogroup', { name: 'Period' });
  return {
    group,
    radio: (period: Period) => group.getByRole('radio', { name: period, exact: true }),
    choose: (period: Period) => group.getByRole('radio', { name: period, exact: true }).click(),
  };
}

/** The fleet table lists the servers (a header row and more than ten data rows). */
export const fleetTableRows = async (page: Page) =>
  expect.poll(() => page.getByRole('table').getByRole('row').count()).toBeGreaterThan(10);

/** The CPU usage chart holds a drawn line. */
export const cpuChartDrawn = (page: Page) =>
  expect(chartRegion(page, 'CPU usage').line).toHaveAttribute('d', /L/);
