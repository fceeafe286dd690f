// Timing helpers that run inside the page, measured from navigation start (performance.now()).
import type { BrowserContext, Page } from '@playwright/test';
import { chartsDrawnAt } from './chart-probes.ts';

export const VIEWPORT = { width: 1280, height: 900 };

declare global {
  interface Window {
    __chartsDrawnAt?: number;
  }
}

/** A fresh page in a fresh context (no cache, no storage), the viewport every bench uses. */
export async function freshPage(
  browser: { newContext: (options: object) => Promise<BrowserContext> },
  origin: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: origin, viewport: VIEWPORT });
  return { context, page: await context.newPage() };
}

/**
 * Before navigation: a rAF loop from the first frame records when `count` charts are drawn, so
 * the figure is the frame they appeared in, not when a poll from outside noticed them.
 */
export async function recordChartsDrawn(page: Page, count: number): Promise<void> {
  const probe = chartsDrawnAt.toString();
  await page.addInitScript({
    content: `(() => {
      const probe = ${probe};
      const tick = () => {
        const at = probe({ count: ${count} });
        if (at === false) requestAnimationFrame(tick);
        else window.__chartsDrawnAt = at;
      };
      requestAnimationFrame(tick);
    })();`,
  });
}

export async function chartsDrawnTime(page: Page, timeoutMs = 60_000): Promise<number> {
  const handle = await page.waitForFunction(() => window.__chartsDrawnAt ?? false, undefined, {
    timeout: timeoutMs,
  });
  return (await handle.jsonValue()) as number;
}

/** Counts /api/ requests and resolves once none has been in flight for `quietMs`. */
export function trackApiRequests(page: Page) {
  let inFlight = 0;
  const urls: string[] = [];
  const isApi = (url: string) => new URL(url).pathname.startsWith('/api/');
  page.on('request', (request) => {
    if (!isApi(request.url())) return;
    urls.push(request.url());
    inFlight++;
  });
  const done = (request: { url(): string }) => {
    if (isApi(request.url())) inFlight--;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    urls,
    async idle(quietMs = 300, timeoutMs = 30_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      let quietSince = Date.now();
      while (Date.now() < deadline) {
        if (inFlight > 0) quietSince = Date.now();
        else if (Date.now() - quietSince >= quietMs) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`API requests still in flight after ${timeoutMs} ms`);
    },
  };
}
