// npm run soak -- --clock [--days 7] [--step 25] [--ref HEAD] [--shots DIR]: a week of every timer (polling,
// history refetch, build checks, rotation, reload=24h, wake lock, stream watchdog) under
// Playwright's page.clock, on the rotating wall and on a signed-in instance page, while the mock's
// clock follows the browser's. A fault a day; each must be recovered from without a reload.
// Prints one row per simulated day and exits 1 if anything grows after the first day.
import { mkdir } from 'node:fs/promises';
import type { Browser } from '@playwright/test';
import { buildAndServe } from './lib/build-and-serve.ts';
import { launchBrowser } from './lib/browser.ts';
import { machineLine } from './lib/machine.ts';
import { resetFaults, setFaults } from './lib/mock-control.ts';
import { fixed, printTable } from './lib/table.ts';
import { ClockedPage } from './soak-clock-page.ts';
import { judgeDays, type DayTrend } from './soak-clock-verdict.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Five minutes a page: a rotating page must be drawn before it is probed or sampled, and it is
// sampled on the wall itself (a server page has another DOM), so it must stay put for a few steps.
const WALL_PATH = '/wall?kiosk=1&rotate=300&servers=srv-01,srv-02&reload=24h';
const INSTANCE_PATH = '/instances/inst-01';
const RECOVERY_LIMIT_MS = 20 * 60_000;
/** How long a day's sample may wait (simulated) for the rotating wall to come round again. */
const SAMPLE_WAIT_MS = 20 * 60_000;

interface Fault {
  name: string;
  startMs: number;
  durationMs: number;
  begin(origin: string): Promise<unknown>;
}

/** One fault a day at noon, from the second day on; the first day is warm-up. */
function schedule(days: number, origin: string, t0: number): Fault[] {
  const all = (status: number, extra: object = {}) => [{ pattern: '/api/*', status, ...extra }];
  const post = (path: string) => fetch(`${origin}/__mock/${path}`, { method: 'POST' });
  const faults: Omit<Fault, 'startMs'>[] = [
    {
      name: 'every request 503',
      durationMs: 10 * 60_000,
      begin: (o) => setFaults(o, { errors: all(503) }),
    },
    {
      name: 'stream stall',
      durationMs: 10 * 60_000,
      begin: (o) => setFaults(o, { streamStall: true }),
    },
    {
      name: 'oCore restart',
      durationMs: 2 * 60_000,
      begin: async (o) => (await setFaults(o, { errors: all(502) }), post('close-streams')),
    },
    {
      name: 'access tokens expire (401, renewal)',
      durationMs: 60_000,
      begin: () => post('expire-tokens'),
    },
    {
      name: '429 Retry-After 2147484',
      durationMs: 10 * 60_000,
      begin: (o) => setFaults(o, { errors: all(429, { retryAfterSeconds: 2_147_484 }) }),
    },
    {
      name: 'stream drops every 3 events',
      durationMs: 30 * 60_000,
      begin: (o) => setFaults(o, { streamDropAfter: 3 }),
    },
  ];
  return faults
    .slice(0, Math.max(0, days - 1))
    .map((fault, index) => ({ ...fault, startMs: t0 + (index + 1) * DAY + 12 * HOUR }));
}

async function main(argv: {
  days: number;
  stepMs: number;
  ref?: string;
  shots?: string;
}): Promise<number> {
  // An event per 200 ms real (a step takes about 100 ms), heartbeats every 100 ms: bytes on every
  // step or two, well inside the 30 s watchdog when steps stay under 30 s; rendering stays light.
  const server = await buildAndServe({ ref: argv.ref, env: { MOCK_STREAM_INTERVAL_MS: '200' } });
  const browser: Browser = await launchBrowser();
  const t0 = Math.ceil(Date.now() / HOUR) * HOUR;
  let simulated = t0;
  const pages: ClockedPage[] = [];
  try {
    console.log(machineLine(browser.version()));
    await setFaults(server.origin, { clockOffsetMs: t0 - Date.now() });
    pages.push(
      await ClockedPage.open(
        browser,
        server.origin,
        { name: 'wall (rotating)', path: WALL_PATH, samplePath: '/wall', startMs: t0 },
        () => simulated,
      ),
      await ClockedPage.open(
        browser,
        server.origin,
        {
          name: 'instance (session)',
          path: INSTANCE_PATH,
          samplePath: INSTANCE_PATH,
          startMs: t0,
          signIn: true,
        },
        () => simulated,
      ),
    );
    const faults = schedule(argv.days, server.origin, t0);
    const faultHours = faults.map(
      (f) => [f.startMs, f.startMs + f.durationMs + HOUR] as [number, number],
    );
    const recoveries: string[][] = [];
    const startedAt = Date.now();
    for (let day = 1; day <= argv.days; day++) {
      const dayEnd = t0 + day * DAY;
      while (simulated < dayEnd) {
        const fault = faults.find(
          (f) => f.startMs >= simulated && f.startMs < simulated + argv.stepMs,
        );
        if (fault) {
          recoveries.push(await runFault(fault, pages, server.origin, argv.stepMs, step, reset));
          console.error(`… ${recoveries.at(-1)?.join(' · ')}`);
        } else await step();
        if ((simulated - t0) % HOUR < argv.stepMs) {
          console.error(
            `… ${fixed((simulated - t0) / HOUR)} h simulated, ${fixed((Date.now() - startedAt) / 1000)} s`,
          );
        }
      }
      // Sampled on its own page, drawn: never a rotating wall half-way into a server page.
      const until = simulated + SAMPLE_WAIT_MS;
      while (simulated < until && !(await allDrawn(pages))) await step();
      for (const page of pages) {
        const sample = await page.sample(day, dayEnd - DAY, dayEnd, faultHours, argv.shots);
        console.error(`… ${page.name} day ${day}, ${sample.loads} loads: ${sample.mainText}`);
      }
      console.error(`… day ${day}/${argv.days} in ${fixed((Date.now() - startedAt) / 1000)} s`);
    }
    printDays(pages);
    printTable(
      'Faults, one a day at noon (recovered = fresh data again, same page load)',
      ['fault', 'recovered after', 'reloads'],
      recoveries,
    );
    const verdicts = pages.map((page) => ({ name: page.name, trends: judgeDays(page.samples) }));
    printVerdicts(verdicts);
    const recovered = recoveries.every((row) => row[1] !== 'NOT RECOVERED' && row[2] === '0');
    const flat = verdicts.every((v) => v.trends.every((t) => t.flat));
    console.log(
      `\n${argv.days} simulated days in ${fixed((Date.now() - startedAt) / 1000)} s real time.`,
    );
    console.log(
      flat && recovered ? 'Clock soak: flat, every fault recovered.' : 'Clock soak: FAILED.',
    );
    return flat && recovered ? 0 : 1;
  } finally {
    for (const page of pages) await page.close().catch(() => undefined);
    await browser.close();
    await server.stop();
  }

  /** One step of simulated time for every page, with oCore's clock kept in step. */
  async function step(): Promise<void> {
    simulated += argv.stepMs;
    await setFaults(server.origin, { clockOffsetMs: simulated - Date.now() });
    const began = Date.now();
    await Promise.all(pages.map((page) => page.advance(argv.stepMs)));
    if (Date.now() - began > 3_000) {
      const at = fixed((simulated - t0) / HOUR, 2);
      console.error(`… slow step at ${at} h: ${fixed((Date.now() - began) / 1000)} s real`);
    }
  }

  /** Faults off; the reset also zeroes the mock's clock offset, so oCore's clock follows again. */
  async function reset(): Promise<void> {
    await resetFaults(server.origin);
    await setFaults(server.origin, { clockOffsetMs: simulated - Date.now() });
  }
}

async function allDrawn(pages: ClockedPage[]): Promise<boolean> {
  for (const page of pages)
    if (!page.isAt(page.samplePath) || !(await page.showsFreshData())) return false;
  return true;
}

async function runFault(
  fault: Fault,
  pages: ClockedPage[],
  origin: string,
  stepMs: number,
  step: () => Promise<void>,
  reset: () => Promise<void>,
): Promise<string[]> {
  const loadsBefore = pages.map((page) => page.loads);
  await fault.begin(origin);
  for (let elapsed = 0; elapsed < fault.durationMs; elapsed += stepMs) await step();
  await reset();
  let recoveredAfter = -1;
  for (let elapsed = 0; elapsed <= RECOVERY_LIMIT_MS; elapsed += stepMs) {
    const fresh = await Promise.all(pages.map((page) => page.showsFreshData()));
    if (fresh.every(Boolean)) {
      recoveredAfter = elapsed;
      break;
    }
    await step();
  }
  const reloads = pages.reduce((sum, page, i) => sum + page.loads - loadsBefore[i], 0);
  const after = recoveredAfter < 0 ? 'NOT RECOVERED' : `${fixed(recoveredAfter / 1000)} s`;
  return [fault.name, after, String(reloads)];
}

const mb = (bytes: number) => fixed(bytes / 1024 / 1024, 2);

function printDays(pages: ClockedPage[]) {
  for (const page of pages) {
    printTable(
      `${page.name}: per simulated day (after forced GC)`,
      [
        'day',
        'JS heap MB',
        'DOM nodes',
        'listeners',
        'query cache',
        'requests / sim. hour',
        'reconnects',
        'page loads',
      ],
      page.samples.map((s) => [
        String(s.day),
        mb(s.heapBytes),
        String(s.nodes),
        String(s.listeners),
        String(s.queries),
        fixed(s.requestsPerHour, 1),
        String(s.reconnects),
        String(s.loads),
      ]),
    );
  }
}

function printVerdicts(verdicts: { name: string; trends: DayTrend[] }[]) {
  printTable(
    'Clock soak verdict after day 1: growth = fitted slope over the remaining days',
    ['page', 'measure', 'growth over run', 'allowed', 'verdict'],
    verdicts.flatMap(({ name, trends }) =>
      trends.map((t) => [
        name,
        t.measure,
        fixed(t.growth, 2),
        `≤ ${fixed(t.tolerance, 2)}`,
        t.flat ? 'flat' : 'GROWING',
      ]),
    ),
  );
}

export async function runClockSoak(argv: {
  days?: string;
  step?: string;
  ref?: string;
  shots?: string;
}) {
  const days = Math.max(2, Math.min(30, Number(argv.days) || 7));
  const stepMs = Math.max(1, Number(argv.step) || 25) * 1000;
  if (argv.shots) await mkdir(argv.shots, { recursive: true });
  return main({ days, stepMs, ref: argv.ref, shots: argv.shots });
}
