// Server page in dense mode: scripting time of switching 1 h → 7 d → 1 h (CDP Performance metrics).
import type { Browser, CDPSession } from '@playwright/test';
import { chartsDrawnAt, firstLinePaths } from './lib/chart-probes.ts';
import {
  chartsDrawnTime,
  freshPage,
  recordChartsDrawn,
  trackApiRequests,
} from './lib/page-timing.ts';
import { SERVER_CHARTS, SERVER_ID } from './render-scaling.ts';

export interface SwitchCost {
  step: string;
  /** Main-thread JavaScript between the click and the settled redraw. */
  scriptMs: number;
  /** All main-thread tasks (script, style, layout, paint) in the same span. */
  taskMs: number;
  /** Click → frame with every chart showing the new period. */
  redrawnMs: number;
  /** The longest main-thread task in the span (Long Tasks API: 0 when none reached 50 ms). */
  longestTaskMs?: number;
}

/** Every long task (≥ 50 ms) from the first frame on, as [start, duration]. */
const LONG_TASK_RECORDER = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
})();`;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

export async function measurePeriodSwitch(browser: Browser, origin: string): Promise<SwitchCost[]> {
  const { context, page } = await freshPage(browser, origin);
  try {
    const api = trackApiRequests(page);
    await recordChartsDrawn(page, SERVER_CHARTS);
    await page.addInitScript({ content: LONG_TASK_RECORDER });
    await page.goto(`/servers/${SERVER_ID}?period=1h`);
    await chartsDrawnTime(page);
    await api.idle();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const costs: SwitchCost[] = [];
    let from = '1h';
    for (const to of ['7d', '1h']) {
      const before = await page.evaluate(firstLinePaths);
      const start = await metrics(cdp);
      // Clicked in the page, so the span holds no Playwright round trip.
      const clickedAt = await page.evaluate((period) => {
        const radio = document.querySelector<HTMLInputElement>(
          `input[name="period"][value="${period}"]`,
        );
        if (!radio) throw new Error(`No period radio ${period}`);
        const at = performance.now();
        radio.click();
        return at;
      }, to);
      const drawn = await page.waitForFunction(
        chartsDrawnAt,
        { count: SERVER_CHARTS, before },
        { polling: 'raf', timeout: 60_000 },
      );
      const redrawnAt = (await drawn.jsonValue()) as number;
      await api.idle();
      const end = await metrics(cdp);
      const longestTaskMs = await page.evaluate(
        (since) =>
          Math.max(
            0,
            ...(window as unknown as { __longTasks: [number, number][] }).__longTasks
              .filter(([start]) => start >= since)
              .map(([, duration]) => duration),
          ),
        clickedAt,
      );
      costs.push({
        longestTaskMs,
        step: `${from} → ${to}`,
        scriptMs: (end.ScriptDuration - start.ScriptDuration) * 1000,
        taskMs: (end.TaskDuration - start.TaskDuration) * 1000,
        redrawnMs: redrawnAt - clickedAt,
      });
      from = to;
    }
    return costs;
  } finally {
    await context.close();
  }
}
