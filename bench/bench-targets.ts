// The wall's budget table and every target of the performance issue, with its verdict.
import type { BundleReport } from './bundle-size.ts';
import { BUDGETS, type FleetFigures, type RenderResult } from './bench-report.ts';
import type { ChartSvgCost } from './lib/chart-probes.ts';
import { spread } from './lib/stats.ts';
import { fixed, kilobytes, printTable, verdict } from './lib/table.ts';
import type { RenderRun } from './render-scaling.ts';
import type { WallBudgetRun, WallMinute } from './wall-budget.ts';

const WALL_REQUESTS_PER_MINUTE = 300;
const WALL_FIRST_MINUTE_BYTES = 10 * 1024 * 1024;
const WALL_BUSY_SHARE = 0.1;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const kinds = (minute: WallMinute) =>
  Object.entries(minute.byKind)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');

export function printWall(runs: WallBudgetRun[]) {
  printTable(
    '/wall?kiosk=1 at 1920×1080, one screen: API cost per minute and main-thread share',
    [
      'Servers',
      'minute 1: requests / bytes',
      'minute 2: requests / bytes',
      'minute 2 by kind',
      'main thread busy (minute 2)',
    ],
    runs.map((run) => [
      run.servers.toLocaleString('en'),
      `${run.first.requests} / ${megabytes(run.first.bytes)}`,
      `${run.second.requests} / ${megabytes(run.second.bytes)}`,
      kinds(run.second),
      `${fixed(run.busyShare * 100, 1)} %`,
    ]),
  );
}

interface Measured {
  bundle: BundleReport;
  render: RenderResult | null;
  fleets: FleetFigures[];
  walls: WallBudgetRun[];
}

export function targetRows({ bundle, render, fleets, walls }: Measured): string[][] {
  const rows = [
    [
      'First page JS ≤ 120 KB gzip',
      kilobytes(bundle.firstPageGzip),
      verdict(bundle.firstPageGzip <= BUDGETS.firstPage),
    ],
    [
      'All JS ≤ 300 KB gzip',
      kilobytes(bundle.totalGzip),
      verdict(bundle.totalGzip <= BUDGETS.total),
    ],
  ];
  if (render) {
    const most = (runs: RenderRun[], pick: (chart: ChartSvgCost) => number) =>
      Math.max(...runs.flatMap((run) => run.charts.map(pick)));
    const hourElements = most(render.hour, (chart) => chart.elements);
    const weekElements = most(render.week, (chart) => chart.elements);
    // Points drawn may reach one per pixel of width, never one per sample.
    const pointsPerPixel = most(render.week, (chart) => chart.linePoints / chart.width);
    const toWeek = render.switches.map((run) => run[0]);
    const switchTask = spread(toWeek.map((cost) => cost.taskMs)).median;
    const switchLongest = spread(toWeek.map((cost) => cost.longestTaskMs ?? NaN)).median;
    const { ratios } = render;
    rows.push(
      [
        'Server page 1h drawn ≤ 1.5× the floor page',
        `${fixed(ratios.hourOverFloor, 2)}× (dense 7d: ${fixed(ratios.weekOverFloor, 2)}×)`,
        verdict(ratios.hourOverFloor <= BUDGETS.floorRatio),
      ],
      [
        'Dense 7d drawn ≤ 1.2× the 1h time',
        `${fixed(ratios.denseOverHour, 2)}×`,
        verdict(ratios.denseOverHour <= BUDGETS.denseRatio),
      ],
      [
        'Period switch 1h → 7d dense: main thread ≤ 150 ms, no task > 50 ms',
        `${fixed(switchTask)} ms, longest task ${fixed(switchLongest)} ms`,
        verdict(switchTask <= 150 && switchLongest <= 50),
      ],
      [
        'SVG elements per chart do not grow with data (168× the samples)',
        `1h ≤ ${hourElements}, dense 7d ≤ ${weekElements}; ≤ ${fixed(pointsPerPixel, 2)} points/px`,
        verdict(weekElements <= hourElements * 1.2 && pointsPerPixel <= 1),
      ],
    );
  }
  for (const fleet of fleets) {
    // 1,000 servers: the bars; 10,000 "still usable": within five times those.
    const factor = fleet.size > 1000 ? 5 : 1;
    rows.push([
      `Fleet of ${fleet.size.toLocaleString('en')}: drawn ≤ ${400 * factor} ms, keystroke ≤ ${100 * factor} ms`,
      `${fixed(fleet.table.median)} / ${fixed(fleet.filter.median)} ms`,
      verdict(fleet.table.median <= 400 * factor && fleet.filter.median <= 100 * factor),
    ]);
  }
  for (const wall of walls) {
    const later = wall.second.requests <= WALL_REQUESTS_PER_MINUTE;
    const first =
      wall.first.requests <= WALL_REQUESTS_PER_MINUTE &&
      wall.first.bytes <= WALL_FIRST_MINUTE_BYTES;
    const idle = wall.busyShare <= WALL_BUSY_SHARE;
    // The bars are for 1,000 servers; the other sizes show how the cost scales.
    rows.push([
      `Wall of ${wall.servers.toLocaleString('en')}: ≤ 300 requests and ≤ 10 MB in minute 1, ≤ 300 after, ≤ 10 % busy`,
      `${wall.first.requests} req / ${megabytes(wall.first.bytes)}; ${wall.second.requests} req; ${fixed(wall.busyShare * 100, 1)} %`,
      wall.servers === 1000 ? verdict(first && later && idle) : 'figure only',
    ]);
  }
  return rows;
}
