// One soaked page: its own context (own renderer process, so its heap and DOM counters are its own),
// a counter of the SSE events it received, and forced-GC samples of heap, DOM nodes and listeners.
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { VIEWPORT } from './lib/page-timing.ts';

export interface SoakSample {
  /** Stream events the reference page had received: the simulated clock. */
  events: number;
  /** Events this page itself received (0 for pages without a stream). */
  ownEvents: number;
  elapsedMs: number;
  heapBytes: number;
  nodes: number;
  listeners: number;
}

declare global {
  interface Window {
    __soakEvents?: number;
  }
}

// Counts complete SSE frames carrying data on every metrics stream the page opens. Installed before
// the app's scripts, so the app's fetch is this one; bytes pass through unchanged.
const COUNT_STREAM_EVENTS = `(() => {
  window.__soakEvents = 0;
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await original(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes('/metrics/stream') || !response.body) return response;
    const decoder = new TextDecoder();
    let carry = '';
    const counter = new TransformStream({
      transform(chunk, controller) {
        const frames = (carry + decoder.decode(chunk, { stream: true })).split('\\n\\n');
        carry = frames.pop() ?? '';
        for (const frame of frames) if (/^data:/m.test(frame)) window.__soakEvents++;
        controller.enqueue(chunk);
      },
    });
    return new Response(response.body.pipeThrough(counter), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
})();`;

export class SoakPage {
  readonly samples: SoakSample[] = [];

  private constructor(
    readonly name: string,
    readonly path: string,
    private readonly context: BrowserContext,
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async open(browser: Browser, origin: string, name: string, path: string) {
    const context = await browser.newContext({ baseURL: origin, viewport: VIEWPORT });
    const page = await context.newPage();
    await page.addInitScript({ content: COUNT_STREAM_EVENTS });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(path);
    return new SoakPage(name, path, context, page, cdp);
  }

  events(): Promise<number> {
    return this.page.evaluate(() => window.__soakEvents ?? 0);
  }

  /** Forces a full garbage collection, then reads the counters. */
  async sample(events: number, elapsedMs: number): Promise<SoakSample> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    await this.cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    const read = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? NaN;
    const sample = {
      events,
      ownEvents: await this.events(),
      elapsedMs,
      heapBytes: read('JSHeapUsedSize'),
      nodes: read('Nodes'),
      listeners: read('JSEventListeners'),
    };
    this.samples.push(sample);
    return sample;
  }

  close(): Promise<void> {
    return this.context.close();
  }
}
