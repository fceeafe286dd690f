// Server page: navigation to all six charts drawn, at 1 h and at dense 7 d, and the SVG it costs.
import type { Browser } from '@playwright/test';
import { chartSvgCosts, type ChartSvgCost } from './lib/chart-probes.ts';
import { chartsDrawnTime, freshPage, recordChartsDrawn } from './lib/page-timing.ts';

export const SERVER_ID = 'srv-01';
export const SERVER_CHARTS = 6;

export interface RenderRun {
  /** Navigation start → the frame with all six charts drawn. */
  drawnMs: number;
  /** Navigation start → the history response fully received. */
  historyResponseMs: number;
  samplesPerSeries: number;
  charts: ChartSvgCost[];
}

export async function measureServerRender(
  browser: Browser,
  origin: string,
  period: '1h' | '7d',
): Promise<RenderRun> {
  const { context, page } = await freshPage(browser, origin);
  try {
    await recordChartsDrawn(page, SERVER_CHARTS);
    const history = page.waitForResponse((response) =>
      response.url().includes(`/metrics?period=${period}`),
    );
    await page.goto(`/servers/${SERVER_ID}?period=${period}`, { waitUntil: 'commit' });
    const body = (await (await history).json()) as { metrics?: unknown[] };
    const drawnMs = await chartsDrawnTime(page);
    const historyResponseMs = await page.evaluate((wanted) => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return entries.find((entry) => entry.name.includes(wanted))?.responseEnd ?? NaN;
    }, `/metrics?period=${period}`);
    return {
      drawnMs,
      historyResponseMs,
      samplesPerSeries: body.metrics?.length ?? 0,
      charts: await page.evaluate(chartSvgCosts),
    };
  } finally {
    await context.close();
  }
}
