// npm run bench [-- --runs 5] [--lighthouse] [--ref HEAD] [--only server|fleet|wall]: the production build against the mock in Chromium.
// Prints Markdown tables; targets are reported, never asserted.
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import {
  printBundle,
  printFleet,
  printRender,
  printSwitch,
  type FleetFigures,
  type RenderResult,
} from './bench-report.ts';
import { printWall, targetRows } from './bench-targets.ts';
import { measureBundle, measureFirstPageDownload } from './bundle-size.ts';
import {
  FLEET_SIZE,
  LARGE_FLEET_SIZE,
  measureFleetInteractive,
  measureFleetRequests,
} from './fleet-scale.ts';
import { measureFloorRender } from './floor/floor.ts';
import { runLighthouse } from './lighthouse-audit.ts';
import { buildAndServe } from './lib/build-and-serve.ts';
import { launchBrowser } from './lib/browser.ts';
import { machineLine } from './lib/machine.ts';
import { resetFaults, setFaults } from './lib/mock-control.ts';
import { spread } from './lib/stats.ts';
import { printTable } from './lib/table.ts';
import { measurePeriodSwitch } from './period-switch.ts';
import { measureChartZoom, printChartZoom } from './chart-zoom.ts';
import { measureServerRender, type RenderRun } from './render-scaling.ts';
import { measureWallBudget, WALL_FLEETS, type WallBudgetRun } from './wall-budget.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    lighthouse: { type: 'boolean', default: false },
    ref: { type: 'string' },
    /** Only the server-page, fleet or wall figures (the bundle is always measured). */
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

async function benchServerPage(browser: Browser, origin: string): Promise<RenderResult> {
  await setFaults(origin, { dense: true });
  try {
    const hour: RenderRun[] = [];
    const week: RenderRun[] = [];
    const floor = { hour: [] as number[], week: [] as number[] };
    // Interleaved, so drift on the machine touches both periods and the floor alike.
    await repeat(RUNS, 'render 1h + dense 7d, ours and the floor', async () => {
      hour.push(await measureServerRender(browser, origin, '1h'));
      floor.hour.push(await measureFloorRender(browser, origin, '1h', chartWidth(hour)));
      week.push(await measureServerRender(browser, origin, '7d'));
      floor.week.push(await measureFloorRender(browser, origin, '7d', chartWidth(week)));
    });
    const counted = { hour: floor.hour.slice(1), week: floor.week.slice(1) };
    const ratios = printRender(hour.slice(1), week.slice(1), counted);
    const switches = await repeat(RUNS, 'period switch', () =>
      measurePeriodSwitch(browser, origin),
    );
    printSwitch(switches);
    printChartZoom(
      await repeat(RUNS, 'zoom / reset / toggle', () => measureChartZoom(browser, origin)),
    );
    return { ratios, hour: hour.slice(1), week: week.slice(1), switches };
  } finally {
    await resetFaults(origin);
  }
}

/** The floor draws at the width the app's charts had. */
function chartWidth(runs: RenderRun[]): number {
  return Math.round(runs.at(-1)?.charts[0]?.width ?? 600);
}

async function benchFleet(browser: Browser, origin: string): Promise<FleetFigures[]> {
  const fleets: FleetFigures[] = [];
  for (const [size, runs] of [
    [FLEET_SIZE, RUNS],
    [LARGE_FLEET_SIZE, SLOW_RUNS],
  ]) {
    await setFaults(origin, { fleetSize: size });
    try {
      const interactive = await repeat(runs, `fleet of ${size} interactive`, () =>
        measureFleetInteractive(browser, origin, size),
      );
      fleets.push({
        size,
        table: spread(interactive.map((run) => run.tableMs)),
        filter: spread(interactive.map((run) => run.filterMs)),
        interactive: spread(interactive.map((run) => run.interactiveMs)),
      });
    } finally {
      await resetFaults(origin);
    }
  }
  await setFaults(origin, { fleetSize: FLEET_SIZE });
  try {
    const requests = await repeat(SLOW_RUNS, 'fleet requests (30 s)', () =>
      measureFleetRequests(browser, origin),
    );
    printFleet(fleets, requests);
  } finally {
    await resetFaults(origin);
  }
  return fleets;
}

async function benchWall(browser: Browser, origin: string): Promise<WallBudgetRun[]> {
  const runs: WallBudgetRun[] = [];
  for (const servers of WALL_FLEETS) {
    progress(`wall of ${servers} servers (2 min)`);
    runs.push(await measureWallBudget(browser, origin, servers));
  }
  printWall(runs);
  return runs;
}

async function main() {
  const server = await buildAndServe({ ref: args.ref });
  const browser = await launchBrowser();
  try {
    console.log(machineLine(browser.version()));
    const bundle = measureBundle(server.outDir);
    printBundle(bundle, await measureFirstPageDownload(browser, server.origin));
    const wanted = (part: string) => !args.only || args.only === part;
    const render = wanted('server') ? await benchServerPage(browser, server.origin) : null;
    const fleets = wanted('fleet') ? await benchFleet(browser, server.origin) : [];
    const walls = wanted('wall') ? await benchWall(browser, server.origin) : [];
    printTable(
      'Targets',
      ['Target', 'measured', 'verdict'],
      targetRows({ bundle, render, fleets, walls }),
    );
    if (args.lighthouse) await runLighthouse(server.origin);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
