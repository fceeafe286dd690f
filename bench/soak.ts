// npm run soak -- --clock: every timer for 7 simulated days under page.clock (bench/soak-clock.ts).
// npm run soak [-- --events 60480] [--every 2016] [--ref HEAD]: 7 simulated days of 10 s stream
// events at 10 ms each, on an instance page and the rotating wall, in parallel. Forces GC and
// samples heap, DOM nodes and listeners; exits 1 unless all stay flat after warm-up.
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { buildAndServe } from './lib/build-and-serve.ts';
import { launchBrowser } from './lib/browser.ts';
import { machineLine } from './lib/machine.ts';
import { mockStats } from './lib/mock-control.ts';
import { fixed, printTable } from './lib/table.ts';
import { SoakPage, type SoakSample } from './soak-page.ts';
import { EVENTS_PER_DAY, judgeSoak, type SoakVerdict, type Trend } from './soak-verdict.ts';

const STREAM_INTERVAL_MS = 10;
const SEVEN_DAYS = 7 * EVENTS_PER_DAY;
const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: String(SEVEN_DAYS) },
    every: { type: 'string' },
    ref: { type: 'string' },
    /** A week of every timer under page.clock instead (bench/soak-clock.ts): --days, --step s. */
    clock: { type: 'boolean', default: false },
    days: { type: 'string' },
    step: { type: 'string' },
    /** Clock soak: a screenshot of each page at each day's sample, into this folder. */
    shots: { type: 'string' },
  },
});
const TOTAL_EVENTS = Math.max(100, Number(args.events) || SEVEN_DAYS);
const EVERY = Math.max(10, Number(args.every) || Math.round(TOTAL_EVENTS / 30));
const WARMUP_EVENTS = Math.round(TOTAL_EVENTS * 0.1);
/** Bounded whatever happens: four times the nominal duration plus two minutes. */
const TIME_LIMIT_MS = TOTAL_EVENTS * STREAM_INTERVAL_MS * 4 + 120_000;
/** The rotation under soak: wall, then two server pages, 2 s each (the shortest allowed). */
const WALL_PATH = '/wall?rotate=2&servers=srv-01,srv-02&kiosk=1';
const INSTANCE_PATH = '/instances/inst-01';

interface SoakTarget {
  name: string;
  path: string;
  /** Sampled only while this path is on screen (a rotating page changes what it shows). */
  samplePathname?: string;
}

const progress = (text: string) => console.error(`… ${text}`);

/** The wall if this build has one, else the fleet and a server page. */
async function chooseTargets(browser: Browser, origin: string): Promise<SoakTarget[]> {
  const context = await browser.newContext({ baseURL: origin });
  try {
    const page = await context.newPage();
    await page.goto(WALL_PATH);
    const heading = page.getByRole('heading', { level: 1 }).first();
    await heading.waitFor({ timeout: 15_000 }).catch(() => undefined);
    const text = (await heading.textContent().catch(() => null)) ?? '';
    if (!/not found/i.test(text) && (await page.locator('main').count()) > 0) {
      return [
        { name: 'instance', path: INSTANCE_PATH },
        { name: 'wall (rotating)', path: WALL_PATH, samplePathname: '/wall' },
      ];
    }
  } finally {
    await context.close();
  }
  console.log('No /wall route in this build: soaking the fleet and a server page instead.');
  return [
    { name: 'instance', path: INSTANCE_PATH },
    { name: 'fleet', path: '/' },
    { name: 'server', path: '/servers/srv-01' },
  ];
}

/** Waits for a rotating page to arrive on `pathname` afresh, so a whole step is left to sample in. */
async function arriveOn(page: SoakPage, pathname: string): Promise<void> {
  const on = (wanted: string, equal: boolean) =>
    page.page.waitForFunction(
      ([path, same]) => (location.pathname === path) === same,
      [wanted, equal] as const,
      { timeout: 30_000 },
    );
  await on(pathname, false);
  await on(pathname, true);
}

async function sampleAll(
  pages: { target: SoakTarget; page: SoakPage }[],
  events: number,
  startedAt: number,
) {
  for (const { target, page } of pages) {
    const wanted = target.samplePathname;
    for (let attempt = 1; ; attempt++) {
      if (wanted) await arriveOn(page, wanted);
      await page.sample(events, Date.now() - startedAt);
      // A sample taken after the rotation moved on measured another page: take it again.
      if (!wanted || (await page.page.evaluate(() => location.pathname)) === wanted) break;
      page.samples.pop();
      if (attempt === 3) throw new Error(`${target.name}: could not sample while on ${wanted}`);
    }
  }
}

function mb(bytes: number): string {
  return fixed(bytes / 1024 / 1024, 2);
}

function printSeries(pages: { target: SoakTarget; page: SoakPage }[]) {
  const header = ['events', 'sim. days', 'elapsed s'];
  for (const { target } of pages) header.push(`${target.name} heap MB`, 'nodes', 'listeners');
  const rows = pages[0].page.samples.map((first, index) => {
    const row = [
      `${first.events}`,
      fixed(first.events / EVENTS_PER_DAY, 2),
      fixed(first.elapsedMs / 1000),
    ];
    for (const { page } of pages) {
      const sample: SoakSample | undefined = page.samples[index];
      row.push(
        sample ? mb(sample.heapBytes) : '–',
        `${sample?.nodes ?? '–'}`,
        `${sample?.listeners ?? '–'}`,
      );
    }
    return row;
  });
  printTable('Soak series (after forced GC)', header, rows);
}

function trendCells(trend: Trend, format: (value: number) => string): string[] {
  return [
    format(trend.perDay),
    format(trend.overRun),
    format(trend.observed),
    `≤ ${format(trend.tolerance)}`,
    trend.flat ? 'flat' : 'GROWING',
  ];
}

function printVerdicts(verdicts: { name: string; verdict: SoakVerdict }[]) {
  const rows = verdicts.flatMap(({ name, verdict }) => [
    [name, 'JS heap (MB)', ...trendCells(verdict.heap, mb)],
    [name, 'DOM nodes', ...trendCells(verdict.nodes, (v) => fixed(v))],
    [name, 'listeners', ...trendCells(verdict.listeners, (v) => fixed(v))],
  ]);
  printTable(
    `Soak verdict after warm-up (first ${WARMUP_EVENTS} events); growth over the run = fitted slope × ${TOTAL_EVENTS} events`,
    [
      'Page',
      'measure',
      'slope per sim. day',
      'growth over run',
      'last − first',
      'allowed',
      'verdict',
    ],
    rows,
  );
}

async function main(): Promise<number> {
  const server = await buildAndServe({
    ref: args.ref,
    env: { MOCK_STREAM_INTERVAL_MS: String(STREAM_INTERVAL_MS) },
  });
  const browser = await launchBrowser();
  const pages: { target: SoakTarget; page: SoakPage }[] = [];
  try {
    console.log(machineLine(browser.version()));
    console.log(
      `Soak: ${TOTAL_EVENTS} stream events (${fixed(TOTAL_EVENTS / EVENTS_PER_DAY, 2)} simulated days of 10 s events) at ${STREAM_INTERVAL_MS} ms, sampled every ${EVERY}.`,
    );
    for (const target of await chooseTargets(browser, server.origin)) {
      pages.push({
        target,
        page: await SoakPage.open(browser, server.origin, target.name, target.path),
      });
    }
    const clock = pages[0].page; // The instance page's stream is the simulated clock.
    const startedAt = Date.now();
    let nextSample = 0;
    let events = 0;
    let lastProgressAt = startedAt;
    let lastEvents = 0;
    while (events < TOTAL_EVENTS) {
      if (Date.now() - startedAt > TIME_LIMIT_MS) {
        console.log(
          `\nStopped at the time limit (${TIME_LIMIT_MS / 1000} s) after ${events} events.`,
        );
        break;
      }
      events = await clock.events();
      if (events > lastEvents) [lastEvents, lastProgressAt] = [events, Date.now()];
      else if (Date.now() - lastProgressAt > 60_000)
        throw new Error(`No stream event for 60 s (at ${events})`);
      if (events >= nextSample) {
        progress(`${events}/${TOTAL_EVENTS} events, ${fixed((Date.now() - startedAt) / 1000)} s`);
        await sampleAll(pages, events, startedAt);
        nextSample = (Math.floor(events / EVERY) + 1) * EVERY;
      }
      await sleep(250);
    }
    if (clock.samples.at(-1)?.events !== events) await sampleAll(pages, events, startedAt);
    const stats = await mockStats(server.origin);
    printSeries(pages);
    const verdicts = pages.map(({ target, page }) => ({
      name: target.name,
      verdict: judgeSoak(page.samples, WARMUP_EVENTS, TOTAL_EVENTS),
    }));
    printVerdicts(verdicts);
    const elapsed = (Date.now() - startedAt) / 1000;
    console.log(
      `\n${events} events in ${fixed(elapsed)} s (${fixed(events / elapsed)} events/s); mock: ${stats.streamConnects} stream connections, ${stats.openStreams} open, ${stats.requests} requests.`,
    );
    const complete = events >= TOTAL_EVENTS;
    const flat = verdicts.every(({ verdict }) => verdict.flat);
    console.log(
      complete && flat ? 'Soak: flat.' : complete ? 'Soak: GROWTH found.' : 'Soak: INCOMPLETE.',
    );
    return complete && flat ? 0 : 1;
  } finally {
    for (const { page } of pages) await page.close().catch(() => undefined);
    await browser.close();
    await server.stop();
  }
}

process.exitCode = args.clock
  ? await (await import('./soak-clock.ts')).runClockSoak(args)
  : await main();
