// One page under a fake clock (Playwright page.clock): every timer it has fires as in real time,
// only faster. Counts its requests (by simulated time) and full page loads, and samples memory.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, BrowserContext, CDPSession, Page, Request } from '@playwright/test';
import { VIEWPORT } from './lib/page-timing.ts';

export interface DaySample {
  day: number;
  heapBytes: number;
  nodes: number;
  listeners: number;
  queries: number;
  /** Requests per simulated hour, outside the hours a fault was on. */
  requestsPerHour: number;
  /** Stream connections opened that day outside fault hours. */
  reconnects: number;
  /** Full page loads so far (the first included): `reload=24h` adds one a day on the wall. */
  loads: number;
  /** What `main` read when sampled, shortened: a page that holds less than on day 1 shows here. */
  mainText: string;
}

const STREAM_PATH = /\/monitoring\/metrics\/stream$/;
/** Longest real wait for the page's requests to finish before the clock may jump again. */
const SETTLE_LIMIT_MS = 10_000;
/**
 * After a jump, simulated time moves on in slivers of FOLLOW_UP_MS while answers keep starting new
 * requests (a scheduler sending its next batch "at once"), at most FOLLOW_UP_ROUNDS of them, then
 * to the end of a window that holds the timers answers set a moment later (the wall re-ranks at
 * most once a second): in real time all of that happens within the second, not at the next jump.
 */
const FOLLOW_UP_MS = 50;
const FOLLOW_UP_ROUNDS = 10;
const FOLLOW_UP_WINDOW_MS = 1_500;
/** Real time for the page to handle answers before the next sliver. */
const ANSWER_HANDLING_MS = 15;

export class ClockedPage {
  readonly samples: DaySample[] = [];
  /** Full page loads: a reload shows up here, a route change does not. */
  loads = 0;
  /** Simulated time of every request, and of every stream connection. */
  private readonly requestTimes: number[] = [];
  private readonly streamTimes: number[] = [];
  /** Requests still open, the stream excepted: a jump past them would fire their 15 s timeout. */
  private readonly inFlight = new Set<Request>();

  private constructor(
    readonly name: string,
    /** Where the day's sample is taken (the wall, not the server page it rotates to). */
    readonly samplePath: string,
    private readonly context: BrowserContext,
    readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly simulatedNow: () => number,
  ) {
    page.on('load', () => void (this.loads += 1));
    page.on('request', (request) => {
      const at = this.simulatedNow();
      this.requestTimes.push(at);
      if (STREAM_PATH.test(new URL(request.url()).pathname)) this.streamTimes.push(at);
      else this.inFlight.add(request);
    });
    const done = (request: Request) => void this.inFlight.delete(request);
    page.on('requestfinished', done);
    page.on('requestfailed', done);
  }

  /** Opens `path` with the clock installed at `startMs`, then stops natural time. */
  static async open(
    browser: Browser,
    origin: string,
    options: { name: string; path: string; samplePath: string; startMs: number; signIn?: boolean },
    simulatedNow: () => number,
  ): Promise<ClockedPage> {
    const context = await browser.newContext({ baseURL: origin, viewport: VIEWPORT });
    const page = await context.newPage();
    // Flowing during the load (a minute is plenty), then paused at exactly startMs.
    await page.clock.install({ time: options.startMs - 60_000 });
    const opened = new ClockedPage(
      options.name,
      options.samplePath,
      context,
      page,
      await context.newCDPSession(page),
      simulatedNow,
    );
    await opened.cdp.send('Performance.enable');
    if (options.signIn) {
      // A cookie session, so access-token expiry and renewal run all week.
      await page.goto('/login');
      await page.getByLabel('Email', { exact: true }).fill('operator@example.com');
      await page.getByLabel('Password', { exact: true }).fill('operator-demo');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Fleet' }).waitFor();
    }
    await page.goto(options.path);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.clock.pauseAt(options.startMs);
    return opened;
  }

  /**
   * Jumps `ms` once every request the last jump started has been answered: a jump fires each due
   * timer once, as a lid opened after `ms` (a 30 s poll once per 30 s), and a jump over an open
   * request would time it out, a fault of the soak, not of the app. After the jump, timers an
   * answer set to run at once (a burst's next requests) fire as they would in real time: the clock
   * moves in slivers while answers keep starting new requests, then up to the full `ms`.
   */
  async advance(ms: number): Promise<void> {
    await this.settle();
    const followUpMs = Math.min(FOLLOW_UP_WINDOW_MS, ms / 2);
    await this.page.clock.fastForward(ms - followUpMs);
    let spent = 0;
    for (let round = 0; round < FOLLOW_UP_ROUNDS && spent + FOLLOW_UP_MS <= followUpMs; round++) {
      const started = this.requestTimes.length;
      await this.settle();
      // The answers' handlers (body, parse, the next timer) run just after the network is done.
      await sleep(ANSWER_HANDLING_MS);
      await this.page.clock.runFor(FOLLOW_UP_MS);
      spent += FOLLOW_UP_MS;
      if (this.requestTimes.length === started) break;
    }
    if (followUpMs > spent) await this.page.clock.fastForward(followUpMs - spent);
  }

  /** Until the page's requests (the stream excepted) are answered, at most 10 s real. */
  private async settle(): Promise<void> {
    const limit = Date.now() + SETTLE_LIMIT_MS;
    while (this.inFlight.size > 0 && Date.now() < limit) await sleep(5);
  }

  /** Whether the page is at `pathname` (a rotating wall spends most of its time elsewhere). */
  isAt(pathname: string): boolean {
    return new URL(this.page.url()).pathname === pathname;
  }

  /**
   * Fresh data on screen: signed in, no connection banner, and at least one age label in the fresh
   * state reading seconds ("just now", "12 s ago"). Waits up to `waitMs` of real time for a page
   * still drawing what the last jump fetched.
   */
  async showsFreshData(waitMs = 2_000): Promise<boolean> {
    const limit = Date.now() + waitMs;
    for (;;) {
      const fresh = await this.page
        .evaluate(() => {
          if (location.pathname === '/login') return false;
          const banner = [...document.querySelectorAll('[role="alert"]')].some((node) =>
            node.textContent?.includes('Connection lost'),
          );
          const ages = [...document.querySelectorAll('main .data-age-fresh')];
          return !banner && ages.some((age) => /just now|\d+ s ago/.test(age.textContent ?? ''));
        })
        .catch(() => false);
      if (fresh || Date.now() >= limit) return fresh;
      await sleep(100);
    }
  }

  /** Forced GC, then the counters; rates count only the quiet hours of [from, to). */
  async sample(
    day: number,
    from: number,
    to: number,
    faultHours: readonly [number, number][],
    shotsDir?: string,
  ) {
    await this.cdp.send('HeapProfiler.collectGarbage');
    await this.cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    const read = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? NaN;
    const quiet = (at: number) =>
      at >= from && at < to && !faultHours.some(([start, end]) => at >= start && at < end);
    const faultMs = faultHours.reduce(
      (sum, [start, end]) => sum + Math.max(0, Math.min(end, to) - Math.max(start, from)),
      0,
    );
    const quietHours = (to - from - faultMs) / 3_600_000;
    const sample: DaySample = {
      day,
      heapBytes: read('JSHeapUsedSize'),
      nodes: read('Nodes'),
      listeners: read('JSEventListeners'),
      queries: await this.page.evaluate(
        () => (window as { __ocoreQueryCount?: () => number }).__ocoreQueryCount?.() ?? NaN,
      ),
      requestsPerHour: this.requestTimes.filter(quiet).length / quietHours,
      reconnects: this.streamTimes.filter(quiet).length,
      loads: this.loads,
      mainText: await this.page
        .locator('main')
        .innerText({ timeout: 2_000 })
        .then((text) => text.replace(/\s+/g, ' ').slice(0, 160))
        .catch(() => '(no main)'),
    };
    if (shotsDir) {
      await this.page
        .screenshot({ path: `${shotsDir}/${this.name.replace(/\W+/g, '-')}-day-${day}.png` })
        .catch(() => undefined);
    }
    this.samples.push(sample);
    return sample;
  }

  close(): Promise<void> {
    return this.context.close();
  }
}
