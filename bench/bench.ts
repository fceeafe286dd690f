// npm run bench [-- --runs 5] [--lighthouse] [--ref HEAD] [--only server|fleet]: the production build against the mock in Chromium.
// Prints Markdown tables; targets are reported, never asserted.
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import {
  printBundle,
  printFleet,
  printRender,
  printSwitch,
  targetRows,
  type RenderResult,
} from './bench-report.ts';
import { measureBundle, measureFirstPageDownload } from './bundle-size.ts';
import { FLEET_SIZE, measureFleetInteractive, measureFleetRequests } from './fleet-scale.ts';
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
    printChartZoom(
      await repeat(RUNS, 'zoom / reset / toggle', () => measureChartZoom(browser, origin)),
    );
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
