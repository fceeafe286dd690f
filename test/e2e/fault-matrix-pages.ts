import { expect, type Locator, type Page } from '@playwright/test';

// Page checks shared by the fault-matrix specs.

/** The fleet table lists the servers (a header row and more than ten data rows). */
export const fleetTableRows = async (page: Page) =>
  expect.poll(() => page.getByRole('table').getByRole('row').count()).toBeGreaterThan(10);

/** The CPU usage chart holds a drawn line. */
export const cpuChartDrawn = (page: Page) =>
  expect(
    page
      .getByRole('region', { name: 'CPU usage', exact: true })
      .locator('path.recharts-line-curve')
      .first(),
  ).toHaveAttribute('d', /L/);

/**
 * A 5xx is retried twice (after 1–2 s, then 2–4 s) before the operator is told; on the fake clock
 * those waits pass at once. Each jump fires the retry that is due, then lets its request answer.
 */
export async function skipRetryBackoff(page: Page, notice: Locator) {
  for (let jump = 0; jump < 6 && !(await notice.isVisible()); jump++) {
    await page.clock.fastForward(4_000);
    await notice.waitFor({ timeout: 500 }).catch(() => undefined);
  }
}
