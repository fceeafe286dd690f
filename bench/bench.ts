// npm run bench [-- --runs 5] [--lighthouse] [--ref HEAD] [--only server|fleet]: the production build against the mock in Chromium.
// Prints Markdown tables; targets are reported, never asserted.
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { measureBundle, measureFirstPageDownload, type BundleReport } from './bundle-size.ts';
import {
  FLEET_SIZE,
  measureFleetInteractive,
  measureFleetRequests,
  type FleetRequestRun,
} from './fleet-scale.ts';
import { runLighthouse } from './lighthouse-audit.ts';
import { buildAndServe } from './lib/build-and-serve.ts';
import { launchBrowser } from './lib/browser.ts';
import { machineLine } from './lib/machine.ts';
import { resetFaults, setFaults } from './lib/mock-control.ts';
import { spread, type Spread } from './lib/stats.ts';
import { fixed, formatSpread, kilobytes, printTable, verdict } from './lib/table.ts';
import { measurePeriodSwitch, type SwitchCost } from './period-switch.ts';
import { measureServerRender, type RenderRun } from './render-scaling.ts';
import type { ChartSvgCost } from './lib/chart-probes.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    lighthouse: { type: 'boolean', default: false },
    ref: { type: 'string' },
    /** Only the server-page or the fleet figures (the bundle is always measured). */
    only: { type: 'string' },
  },
});
const RUNS = Math.max(1, Number(args.runs) || 5);
/** The 30-second request counts are slow: fewer runs. */
const SLOW_RUNS = Math.max(1, Math.ceil(RUNS / 2));

const progress = (text: string) => console.error(`… ${text}`);

async function repeat<T>(runs: number, label: string, run: () => Promise<T>): Promise<T[]> {
  await run(); // Warm-up (mock caches, JIT), not counted.
  const results: T[] = [];
  for (let i = 1; i <= runs; i++) {
    progress(`${label} ${i}/${runs}`);
    results.push(await run());
  }
  return results;
}

const FIRST_PAGE_BUDGET = 150 * 1024;
const TOTAL_BUDGET = 300 * 1024;
const DENSE_RATIO_BUDGET = 1.5;

function printBundle(bundle: BundleReport, download: { files: number; gzip: number }) {
  printTable(
    'Bundle (JS, gzip)',
    ['What', 'gzip', 'files', 'target'],
    [
      [
        'index.html (entry + modulepreloads)',
        kilobytes(bundle.entryGzip),
        `${bundle.entryFiles.length}`,
        '',
      ],
      [
        'First page: index.html + `/` route',
        kilobytes(bundle.firstPageGzip),
        `${bundle.firstPageFiles}`,
        '≤ 150 KB',
      ],
      ['First page as downloaded by Chromium', kilobytes(download.gzip), `${download.files}`, ''],
      ['All JS', kilobytes(bundle.totalGzip), `${bundle.totalFiles}`, '≤ 300 KB'],
      ...bundle.routes.map((route) => [
        `Route ${route.route}: own chunk / adds beyond index.html`,
        `${kilobytes(route.ownGzip)} / ${kilobytes(route.addedGzip)}`,
        '',
        '',
      ]),
    ],
  );
}

function range(values: number[]): string {
  return `${fixed(Math.min(...values))}–${fixed(Math.max(...values))}`;
}

function printRender(hour: RenderRun[], week: RenderRun[]): number {
  const row = (label: string, runs: RenderRun[]) => {
    const charts = runs.at(-1)!.charts;
    return [
      label,
      `${runs[0].samplesPerSeries}`,
      formatSpread(spread(runs.map((run) => run.drawnMs))),
      formatSpread(spread(runs.map((run) => run.historyResponseMs))),
      range(charts.map((chart) => chart.elements)),
      `${Math.max(...charts.map((chart) => chart.linePoints))}`,
      range(charts.map((chart) => chart.width)),
    ];
  };
  printTable(
    `Render scaling: server page, navigation → six charts drawn (ms, median (min–max) of ${hour.length})`,
    [
      'Period',
      'samples/series',
      'drawn ms',
      'history response ms',
      'SVG elements/chart',
      'max points/line',
      'chart px',
    ],
    [row('1h (dense mode)', hour), row('7d (dense mode)', week)],
  );
  const ratio =
    spread(week.map((run) => run.drawnMs)).median / spread(hour.map((run) => run.drawnMs)).median;
  console.log(`\nDense 7d / 1h drawn time: ${fixed(ratio, 2)}× (target ≤ ${DENSE_RATIO_BUDGET}×)`);
  return ratio;
}

function printSwitch(runs: SwitchCost[][]) {
  const steps = runs[0].map((cost) => cost.step);
  printTable(
    `Period switch, server page in dense mode (ms, median (min–max) of ${runs.length})`,
    ['Step', 'scripting', 'all main-thread tasks', 'click → redrawn'],
    steps.map((step, index) => {
      const of = (pick: (cost: SwitchCost) => number) =>
        formatSpread(spread(runs.map((run) => pick(run[index]))));
      return [
        step,
        of((cost) => cost.scriptMs),
        of((cost) => cost.taskMs),
        of((cost) => cost.redrawnMs),
      ];
    }),
  );
}

function printFleet(
  table: Spread,
  filter: Spread,
  interactive: Spread,
  requests: FleetRequestRun[],
) {
  const kinds = [...new Set(requests.flatMap((run) => Object.keys(run.byKind)))].sort();
  printTable(
    `Fleet of ${FLEET_SIZE.toLocaleString('en')} servers (median (min–max))`,
    ['Figure', 'value'],
    [
      [`table rendered, ms from navigation (${table.runs} runs)`, formatSpread(table)],
      [`filter typed → filtered table, ms (${filter.runs} runs)`, formatSpread(filter)],
      [`interactive (filtered table shown), ms from navigation`, formatSpread(interactive)],
      [
        `/api/ requests in the first 30 s (${requests.length} runs)`,
        formatSpread(spread(requests.map((run) => run.total))),
      ],
      ...kinds.map((kind) => [
        `  of which ${kind}`,
        formatSpread(spread(requests.map((run) => run.byKind[kind] ?? 0))),
      ]),
    ],
  );
}

interface RenderResult {
  ratio: number;
  hour: RenderRun[];
  week: RenderRun[];
}

async function benchServerPage(browser: Browser, origin: string) {
  await setFaults(origin, { dense: true });
  try {
    const hour: RenderRun[] = [];
    const week: RenderRun[] = [];
    // Interleaved, so drift on the machine touches both periods alike.
    await repeat(RUNS, 'render 1h + dense 7d', async () => {
      hour.push(await measureServerRender(browser, origin, '1h'));
      week.push(await measureServerRender(browser, origin, '7d'));
    });
    const ratio = printRender(hour.slice(1), week.slice(1));
    const switches = await repeat(RUNS, 'period switch', () =>
      measurePeriodSwitch(browser, origin),
    );
    printSwitch(switches);
    return { ratio, hour: hour.slice(1), week: week.slice(1) } satisfies RenderResult;
  } finally {
    await resetFaults(origin);
  }
}

async function benchFleet(browser: Browser, origin: string) {
  await setFaults(origin, { fleetSize: FLEET_SIZE });
  try {
    const interactive = await repeat(RUNS, 'fleet interactive', () =>
      measureFleetInteractive(browser, origin),
    );
    const requests = await repeat(SLOW_RUNS, 'fleet requests (30 s)', () =>
      measureFleetRequests(browser, origin),
    );
    printFleet(
      spread(interactive.map((run) => run.tableMs)),
      spread(interactive.map((run) => run.filterMs)),
      spread(interactive.map((run) => run.interactiveMs)),
      requests,
    );
  } finally {
    await resetFaults(origin);
  }
}

function targetRows(bundle: BundleReport, render: RenderResult | null): string[][] {
  const rows = [
    [
      'First page JS ≤ 150 KB gzip',
      kilobytes(bundle.firstPageGzip),
      verdict(bundle.firstPageGzip <= FIRST_PAGE_BUDGET),
    ],
    [
      'All JS ≤ 300 KB gzip',
      kilobytes(bundle.totalGzip),
      verdict(bundle.totalGzip <= TOTAL_BUDGET),
    ],
  ];
  if (!render) return rows;
  const most = (runs: RenderRun[], pick: (chart: ChartSvgCost) => number) =>
    Math.max(...runs.flatMap((run) => run.charts.map(pick)));
  const hourElements = most(render.hour, (chart) => chart.elements);
  const weekElements = most(render.week, (chart) => chart.elements);
  // Points drawn may reach one per pixel of width, never one per sample.
  const pointsPerPixel = most(render.week, (chart) => chart.linePoints / chart.width);
  rows.push(
    [
      'Dense 7d drawn ≤ 1.5× the 1h time',
      `${fixed(render.ratio, 2)}×`,
      verdict(render.ratio <= DENSE_RATIO_BUDGET),
    ],
    [
      'SVG elements per chart do not grow with data (168× the samples)',
      `1h ≤ ${hourElements}, dense 7d ≤ ${weekElements}; ≤ ${fixed(pointsPerPixel, 2)} points/px`,
      verdict(weekElements <= hourElements * 1.2 && pointsPerPixel <= 1),
    ],
  );
  return rows;
}

async function main() {
  const server = await buildAndServe({ ref: args.ref });
  const browser = await launchBrowser();
  try {
    console.log(machineLine(browser.version()));
    const bundle = measureBundle(server.outDir);
    printBundle(bundle, await measureFirstPageDownload(browser, server.origin));
    const render = args.only === 'fleet' ? null : await benchServerPage(browser, server.origin);
    if (args.only !== 'server') await benchFleet(browser, server.origin);
    printTable('Targets', ['Target', 'measured', 'verdict'], targetRows(bundle, render));
    if (args.lighthouse) await runLighthouse(server.origin);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
