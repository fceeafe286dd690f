// The bench's tables and its verdicts against the targets.
import type { BundleReport } from './bundle-size.ts';
import { FLEET_SIZE, type FleetRequestRun } from './fleet-scale.ts';
import type { ChartSvgCost } from './lib/chart-probes.ts';
import { spread, type Spread } from './lib/stats.ts';
import { fixed, formatSpread, kilobytes, printTable, verdict } from './lib/table.ts';
import type { SwitchCost } from './period-switch.ts';
import type { RenderRun } from './render-scaling.ts';

const FIRST_PAGE_BUDGET = 150 * 1024;
const TOTAL_BUDGET = 300 * 1024;
const DENSE_RATIO_BUDGET = 1.5;

export function printBundle(bundle: BundleReport, download: { files: number; gzip: number }) {
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

export function printRender(hour: RenderRun[], week: RenderRun[]): number {
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

export function printSwitch(runs: SwitchCost[][]) {
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

export function printFleet(
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

export interface RenderResult {
  ratio: number;
  hour: RenderRun[];
  week: RenderRun[];
}

export function targetRows(bundle: BundleReport, render: RenderResult | null): string[][] {
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
