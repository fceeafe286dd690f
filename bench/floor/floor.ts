// The floor page, served at /__floor on the app's own origin (so it asks the same mock with the
// same key), timed exactly like the server page: navigation → six charts drawn.
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { build } from 'esbuild';
import { ROOT } from '../lib/build-and-serve.ts';
import { chartsDrawnTime, freshPage, recordChartsDrawn } from '../lib/page-timing.ts';
import { SERVER_CHARTS, SERVER_ID } from '../render-scaling.ts';

let script: Promise<string> | null = null;

function floorScript(): Promise<string> {
  script ??= build({
    entryPoints: [path.join(ROOT, 'bench/floor/floor-app.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2022',
  }).then((result) => result.outputFiles[0].text);
  return script;
}

/** Navigation → the floor's six charts drawn (ms), at the chart width the app drew. */
export async function measureFloorRender(
  browser: Browser,
  origin: string,
  period: '1h' | '7d',
  chartWidth: number,
): Promise<number> {
  const body = `<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body><script>${await floorScript()}</script></body></html>`;
  const { context, page } = await freshPage(browser, origin);
  try {
    await page.route(`${origin}/__floor**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body }),
    );
    await recordChartsDrawn(page, SERVER_CHARTS);
    const query = new URLSearchParams({ server: SERVER_ID, period, width: String(chartWidth) });
    await page.goto(`/__floor?${query}`, { waitUntil: 'commit' });
    return await chartsDrawnTime(page);
  } finally {
    await context.close();
  }
}
