// npx tsx bench/instance-filter.ts [--browser] [--runs 5]: how fast /instances filters 2,000 instances.
// In Node: the filter-and-sort function alone over the mock's list. With --browser: typing into the
// production build's filter → the frame with the filtered table, in Chromium. Reported, never asserted.
import { parseArgs } from 'node:util';
import { parseInstanceList } from '../src/api/schemas/instance-schemas.ts';
import { filterAndSortInstances, indexInstances } from '../src/lib/instance-list.ts';
import { createMockApp } from '../mock/server/app.ts';
import { buildAndServe } from './lib/build-and-serve.ts';
import { chromiumVersion, launchBrowser } from './lib/browser.ts';
import { machineLine } from './lib/machine.ts';
import { resetFaults, setFaults } from './lib/mock-control.ts';
import { freshPage } from './lib/page-timing.ts';
import { spread } from './lib/stats.ts';
import { formatSpread, printTable } from './lib/table.ts';

const INSTANCE_COUNT = 2000;
/** Matches exactly one generated instance. */
const FILTER_TEXT = 'x1500';
const { values: args } = parseArgs({
  options: { browser: { type: 'boolean', default: false }, runs: { type: 'string', default: '5' } },
});
const RUNS = Math.max(1, Number(args.runs) || 5);

async function mockInstances() {
  const mock = createMockApp({ localHost: false, faults: { instanceCount: INSTANCE_COUNT } });
  const headers = { Authorization: 'Bearer ocore_k_local_dev' };
  const [instances, servers] = await Promise.all(
    ['/api/instances', '/api/servers'].map(async (path) =>
      (await mock.app.request(path, { headers })).json(),
    ),
  );
  mock.dispose();
  const names = new Map(
    (servers as { servers: { id: string; name: string }[] }).servers.map((s) => [s.id, s.name]),
  );
  return { list: parseInstanceList(instances), names };
}

function timeFunction(run: () => unknown, repeats = 50): number[] {
  run();
  return Array.from({ length: repeats }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  });
}

async function nodeFigures() {
  const { list, names } = await mockInstances();
  const indexMs = timeFunction(() => indexInstances(list, names), 20);
  const indexed = indexInstances(list, names);
  const cases: [string, string, string][] = [
    ['', 'all', 'worst'],
    [FILTER_TEXT, 'all', 'worst'],
    ['bakery', 'all', 'name'],
    ['', 'problems', 'restarts'],
  ];
  const rows = [['index 2,000 instances', '', formatSpread(spread(indexMs), 2)]];
  for (const [text, status, sort] of cases) {
    const times = timeFunction(() =>
      filterAndSortInstances(indexed, text, status, sort as 'worst'),
    );
    const count = filterAndSortInstances(indexed, text, status, sort as 'worst').length;
    rows.push([
      `filter "${text}" · ${status} · ${sort}`,
      String(count),
      formatSpread(spread(times), 2),
    ]);
  }
  printTable(
    'Instance filter in Node (ms, median [min–max], 50 runs)',
    ['Case', 'Rows', 'ms'],
    rows,
  );
}

async function browserFigures() {
  const served = await buildAndServe();
  const browser = await launchBrowser();
  try {
    await setFaults(served.origin, { instanceCount: INSTANCE_COUNT });
    const runs: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const { context, page } = await freshPage(browser, served.origin);
      await page.goto('/instances');
      await page.waitForFunction(
        () => document.querySelectorAll('table tbody tr').length >= 100,
        null,
        { timeout: 60_000 },
      );
      const ms = await page.evaluate(async (text) => {
        const input = document.querySelector<HTMLInputElement>('input[type="search"]');
        if (!input) throw new Error('No filter input');
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        const typed = performance.now();
        setValue?.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        while (document.querySelectorAll('table tbody tr').length !== 1) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        return performance.now() - typed;
      }, FILTER_TEXT);
      if (i > 0) runs.push(ms); // The first run warms the mock and the browser.
      await context.close();
    }
    printTable(
      `Instance filter in Chromium, ${INSTANCE_COUNT} instances (typing → filtered frame)`,
      ['Runs', 'ms'],
      [[String(RUNS), formatSpread(spread(runs))]],
    );
  } finally {
    await resetFaults(served.origin).catch(() => undefined);
    await browser.close();
    await served.stop();
  }
}

console.log(machineLine(args.browser ? chromiumVersion() : 'not used'));
await nodeFigures();
if (args.browser) await browserFigures();
