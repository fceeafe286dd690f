// One page under a fake clock (Playwright page.clock): every timer it has fires as in real time,
// only faster. Counts its requests (by simulated time) and full page loads, and samples memory.
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
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
}

const STREAM_PATH = /\/monitoring\/metrics\/stream$/;

export class ClockedPage {
  readonly samples: DaySample[] = [];
  /** Full page loads: a reload shows up here, a route change does not. */
  loads = 0;
  /** Simulated time of every request, and of every stream connection. */
  private readonly requestTimes: number[] = [];
  private readonly streamTimes: number[] = [];

  private constructor(
    readonly name: string,
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
    });
  }

  /** Opens `path` with the clock installed at `startMs`, then stops natural time. */
  static async open(
    browser: Browser,
    origin: string,
    options: { name: string; path: string; startMs: number; signIn?: boolean },
    simulatedNow: () => number,
  ): Promise<ClockedPage> {
    const context = await browser.newContext({ baseURL: origin, viewport: VIEWPORT });
    const page = await context.newPage();
    // Flowing during the load (a minute is plenty), then paused at exactly startMs.
    await page.clock.install({ time: options.startMs - 60_000 });
    const opened = new ClockedPage(
      options.name,
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

  advance(ms: number): Promise<void> {
    // A jump fires each due timer once, as a lid opened after `ms`: a 30 s poll once per 30 s.
    return this.page.clock.fastForward(ms);
  }

  /** Whether `pattern` is in the page's main content and no connection banner is up. */
  async shows(pattern: RegExp): Promise<boolean> {
    const text = await this.page
      .locator('main')
      .innerText({ timeout: 2_000 })
      .catch(() => '');
    const banner = await this.page
      .getByRole('alert')
      .filter({ hasText: 'Connection lost' })
      .count();
    return banner === 0 && pattern.test(text);
  }

  /** Forced GC, then the counters; rates count only the quiet hours of [from, to). */
  async sample(day: number, from: number, to: number, faultHours: readonly [number, number][]) {
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
    };
    this.samples.push(sample);
    return sample;
  }

  close(): Promise<void> {
    return this.context.close();
  }
}
