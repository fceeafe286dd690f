import type { Locator, Page } from '@playwright/test';

const POLL_MS = 25;

interface AdvanceOptions {
  /** How far each jump moves the page's fake clock. */
  stepMs: number;
  /** Jumps before giving up (the caller's next assertion then says what is missing). */
  maxSteps?: number;
  /** How long to poll after each jump for the work the fired timers started (requests). */
  settleMs?: number;
}

/**
 * Advances Playwright's fake clock in steps until `until` holds (a locator visible, or a check
 * true). A jump fires each due timer once and a timer set during a jump counts from its end, so
 * a chain of timers (retry after retry) takes several jumps; between jumps the condition is
 * polled rather than waited for with a fixed sleep.
 */
export async function advanceUntil(
  page: Page,
  until: Locator | (() => Promise<boolean>),
  { stepMs, maxSteps = 20, settleMs = 500 }: AdvanceOptions,
): Promise<void> {
  const met = typeof until === 'function' ? until : () => until.isVisible();
  for (let step = 0; step < maxSteps && !(await met()); step++) {
    await page.clock.fastForward(stepMs);
    const deadline = Date.now() + settleMs;
    while (Date.now() < deadline && !(await met())) {
      // Node's timers, not the page's fake ones: a short poll interval, not a fixed wait.
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}

/**
 * A 5xx is retried twice (after 1–2 s, then 2–4 s) before the operator is told; on the fake clock
 * those waits pass at once. Each jump fires the retry that is due, then lets its request answer.
 */
export const skipRetryBackoff = (page: Page, notice: Locator) =>
  advanceUntil(page, notice, { stepMs: 4_000, maxSteps: 6 });
