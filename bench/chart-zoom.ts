// Server page, dense 7 d: main-thread cost of zooming (+ on a chart), un-zooming (Esc) and hiding
// a series (legend), each from the input event to the frame the charts redrew (CDP Performance).
import type { Browser, CDPSession, Page } from '@playwright/test';
import { firstLinePaths } from './lib/chart-probes.ts';
import {
  chartsDrawnTime,
  freshPage,
  recordChartsDrawn,
  trackApiRequests,
} from './lib/page-timing.ts';
import { spread } from './lib/stats.ts';
import { formatSpread, printTable, verdict } from './lib/table.ts';
import type { SwitchCost } from './period-switch.ts';
import { SERVER_CHARTS, SERVER_ID } from './render-scaling.ts';

/** The target: each interaction redraws within this much main-thread work. */
export const REDRAW_BUDGET_MS = 100;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

/** performance.now() once every chart listed has a first line that differs from `before`. */
function redrawnAt({ before, indices }: { before: string[]; indices: number[] }): number | false {
  const lines = [...document.querySelectorAll('svg.recharts-surface')].map(
    (svg) => svg.querySelector('path.recharts-line-curve')?.getAttribute('d') ?? '',
  );
  return indices.every((i) => lines[i] && lines[i] !== before[i]) ? performance.now() : false;
}

const STEPS: ReadonlyArray<{ step: string; indices: number[]; act: () => number }> = [
  {
    step: 'zoom in (+ on CPU usage)',
    indices: [0, 1, 2, 3, 4, 5],
    act: () => {
      const chart = document.querySelector<HTMLElement>('.metric-chart.is-zoomable');
      if (!chart) throw new Error('No zoomable chart');
      chart.focus();
      const at = performance.now();
      chart.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
      return at;
    },
  },
  {
    step: 'reset zoom (Esc)',
    indices: [0, 1, 2, 3, 4, 5],
    act: () => {
      const at = performance.now();
      document.activeElement?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      );
      return at;
    },
  },
  {
    step: 'hide a series (Memory: Total)',
    // Memory is the third chart; hiding Total rescales its axis, so the Used line redraws.
    indices: [2],
    act: () => {
      const button = [...document.querySelectorAll<HTMLButtonElement>('.chart-legend button')].find(
        (item) => item.textContent?.startsWith('Total'),
      );
      if (!button) throw new Error('No legend entry "Total"');
      const at = performance.now();
      button.click();
      return at;
    },
  },
];

async function measureStep(
  page: Page,
  cdp: CDPSession,
  index: number,
  api: { idle(): Promise<void> },
) {
  const { step, indices } = STEPS[index];
  const before = await page.evaluate(firstLinePaths);
  const start = await metrics(cdp);
  const actedAt = await page.evaluate((i) => {
    // The step functions were installed by an init script: only their source crosses the wire.
    return (window as unknown as { __benchSteps: Array<() => number> }).__benchSteps[i]();
  }, index);
  const drawn = await page.waitForFunction(
    redrawnAt,
    { before, indices },
    { polling: 'raf', timeout: 30_000 },
  );
  const drawnAt = (await drawn.jsonValue()) as number;
  await api.idle();
  const end = await metrics(cdp);
  return {
    step,
    scriptMs: (end.ScriptDuration - start.ScriptDuration) * 1000,
    taskMs: (end.TaskDuration - start.TaskDuration) * 1000,
    redrawnMs: drawnAt - actedAt,
  } satisfies SwitchCost;
}

export async function measureChartZoom(browser: Browser, origin: string): Promise<SwitchCost[]> {
  const { context, page } = await freshPage(browser, origin);
  try {
    const api = trackApiRequests(page);
    await recordChartsDrawn(page, SERVER_CHARTS);
    await page.addInitScript({
      content: `window.__benchSteps = [${STEPS.map((item) => item.act.toString()).join(',')}];`,
    });
    await page.goto(`/servers/${SERVER_ID}?period=7d`);
    await chartsDrawnTime(page);
    await api.idle();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const costs: SwitchCost[] = [];
    for (let i = 0; i < STEPS.length; i++) costs.push(await measureStep(page, cdp, i, api));
    return costs;
  } finally {
    await context.close();
  }
}

export function printChartZoom(runs: SwitchCost[][]) {
  printTable(
    `Zoom, reset and series toggle, server page dense 7 d (ms, median (min–max) of ${runs.length})`,
    ['Step', 'scripting', 'all main-thread tasks', 'input → redrawn', `≤ ${REDRAW_BUDGET_MS} ms`],
    runs[0].map((cost, index) => {
      const of = (pick: (item: SwitchCost) => number) =>
        spread(runs.map((run) => pick(run[index])));
      const tasks = of((item) => item.taskMs);
      return [
        cost.step,
        formatSpread(of((item) => item.scriptMs)),
        formatSpread(tasks),
        formatSpread(of((item) => item.redrawnMs)),
        verdict(tasks.median <= REDRAW_BUDGET_MS),
      ];
    }),
  );
}
