// The bench's tables and its verdicts against the targets.
import type { BundleReport } from './bundle-size.ts';
import { FLEET_SIZE, type FleetRequestRun } from './fleet-scale.ts';
import { spread, type Spread } from './lib/stats.ts';
import { fixed, formatSpread, kilobytes, printTable } from './lib/table.ts';
import type { SwitchCost } from './period-switch.ts';
import type { RenderRun } from './render-scaling.ts';

const FIRST_PAGE_BUDGET = 120 * 1024;
const TOTAL_BUDGET = 300 * 1024;
const DENSE_RATIO_BUDGET = 1.2;
const FLOOR_RATIO_BUDGET = 1.5;

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
        '≤ 120 KB',
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

export function printRender(hour: RenderRun[], week: RenderRun[], floor: FloorRuns): RenderRatios {
  const row = (label: string, runs: RenderRun[], floorMs: number[]) => {
    const charts = runs.at(-1)!.charts;
    return [
      label,
      `${runs[0].samplesPerSeries}`,
      formatSpread(spread(runs.map((run) => run.drawnMs))),
      formatSpread(spread(floorMs)),
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
      'floor page drawn ms',
      'history response ms',
      'SVG elements/chart',
      'max points/line',
      'chart px',
    ],
    [row('1h (dense mode)', hour, floor.hour), row('7d (dense mode)', week, floor.week)],
  );
  const drawn = (runs: RenderRun[]) => spread(runs.map((run) => run.drawnMs)).median;
  const ratios = {
    denseOverHour: drawn(week) / drawn(hour),
    hourOverFloor: drawn(hour) / spread(floor.hour).median,
    weekOverFloor: drawn(week) / spread(floor.week).median,
  };
  console.log(
    [
      `\nDense 7d / 1h drawn time: ${fixed(ratios.denseOverHour, 2)}× (target ≤ ${DENSE_RATIO_BUDGET}×)`,
      `Ours / floor, 1h: ${fixed(ratios.hourOverFloor, 2)}×; dense 7d: ${fixed(ratios.weekOverFloor, 2)}× (target ≤ ${FLOOR_RATIO_BUDGET}×)`,
    ].join('\n'),
  );
  return ratios;
}

export function printSwitch(runs: SwitchCost[][]) {
  const steps = runs[0].map((cost) => cost.step);
  printTable(
    `Period switch, server page in dense mode (ms, median (min–max) of ${runs.length})`,
    ['Step', 'scripting', 'all main-thread tasks', 'longest task', 'click → redrawn'],
    steps.map((step, index) => {
      const of = (pick: (cost: SwitchCost) => number) =>
        formatSpread(spread(runs.map((run) => pick(run[index]))));
      return [
        step,
        of((cost) => cost.scriptMs),
        of((cost) => cost.taskMs),
        of((cost) => cost.longestTaskMs ?? NaN),
        of((cost) => cost.redrawnMs),
      ];
    }),
  );
}

export interface FleetFigures {
  size: number;
  table: Spread;
  filter: Spread;
  interactive: Spread;
}

export function printFleet(fleets: FleetFigures[], requests: FleetRequestRun[]) {
  const kinds = [...new Set(requests.flatMap((run) => Object.keys(run.byKind)))].sort();
  printTable(
    'Fleet page (median (min–max))',
    ['Figure', ...fleets.map((fleet) => `${fleet.size.toLocaleString('en')} servers`)],
    [
      [
        'table rendered, ms from navigation',
        ...fleets.map((fleet) => `${formatSpread(fleet.table)} of ${fleet.table.runs}`),
      ],
      ['filter typed → filtered table, ms', ...fleets.map((fleet) => formatSpread(fleet.filter))],
      [
        'interactive (filtered table shown), ms from navigation',
        ...fleets.map((fleet) => formatSpread(fleet.interactive)),
      ],
    ],
  );
  printTable(
    `Fleet page of ${FLEET_SIZE.toLocaleString('en')}: /api/ requests in the first 30 s (${requests.length} runs)`,
    ['Kind', 'requests'],
    [
      ['all', formatSpread(spread(requests.map((run) => run.total)))],
      ...kinds.map((kind) => [
        kind,
        formatSpread(spread(requests.map((run) => run.byKind[kind] ?? 0))),
      ]),
    ],
  );
}

export interface RenderRatios {
  denseOverHour: number;
  hourOverFloor: number;
  weekOverFloor: number;
}

export interface FloorRuns {
  hour: number[];
  week: number[];
}

export interface RenderResult {
  ratios: RenderRatios;
  hour: RenderRun[];
  week: RenderRun[];
  switches: SwitchCost[][];
}

export const BUDGETS = {
  firstPage: FIRST_PAGE_BUDGET,
  total: TOTAL_BUDGET,
  denseRatio: DENSE_RATIO_BUDGET,
  floorRatio: FLOOR_RATIO_BUDGET,
};
