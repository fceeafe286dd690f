// The floor: what the server page cannot avoid, with no framework. Bundled into an inline script
// by floor.ts. Same requests, JSON.parse, the same rows and downsampling, six bare SVG polylines.
import { serverChartRows } from '../../src/lib/chart/server-chart-rows.ts';
import { downsampleSeries } from '../../src/lib/series/downsample-series.ts';
import { pointBudget } from '../../src/lib/series/downsample.ts';
import { PERIOD_SPECS } from '../../src/model/periods.ts';
import type { Period, ServerSample } from '../../src/model/types.ts';

// The server page's six charts and the series each draws.
const CHARTS = [
  ['cpu'],
  ['load1', 'load5', 'load15'],
  ['memUsed', 'memTotal'],
  ['diskUsed', 'diskTotal'],
  ['rx', 'tx'],
  ['uptime'],
];
const HEIGHT = 220;
const SVG = 'http://www.w3.org/2000/svg';

const params = new URLSearchParams(location.search);
const serverId = params.get('server') ?? 'srv-01';
const period = (params.get('period') ?? '1h') as Period;
const width = Number(params.get('width') ?? 600);

async function getJson(path: string, headers: HeadersInit): Promise<unknown> {
  const response = await fetch(path, { headers, cache: 'no-store' });
  return JSON.parse(await response.text()) as unknown;
}

function draw(rows: ReturnType<typeof serverChartRows>, keys: string[]): SVGSVGElement {
  const data = downsampleSeries(rows, keys, pointBudget(width));
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'recharts-surface');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(HEIGHT));
  const t0 = data[0]?.t ?? 0;
  const span = Math.max(1, (data.at(-1)?.t ?? 1) - t0);
  for (const key of keys) {
    let max = 0;
    for (const row of data) max = Math.max(max, row[key] ?? 0);
    let d = '';
    let pen = 'M';
    for (const row of data) {
      const value = row[key];
      if (value === null || value === undefined) {
        pen = 'M';
        continue;
      }
      d += `${pen}${(((row.t - t0) / span) * width).toFixed(1)},${(HEIGHT - (value / (max || 1)) * HEIGHT).toFixed(1)}`;
      pen = 'L';
    }
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('class', 'recharts-line-curve');
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

async function main() {
  const config = (await getJson('/config.json', {})) as { apiBaseUrl: string; apiKey?: string };
  const headers = { Accept: 'application/json', Authorization: `Bearer ${config.apiKey ?? ''}` };
  const api = (path: string) => getJson(`${config.apiBaseUrl}${path}`, headers);
  const server = `/servers/${encodeURIComponent(serverId)}`;
  const [, , history] = await Promise.all([
    api(server),
    api(`${server}/metrics/latest`),
    api(`${server}/metrics?period=${period}`),
    api(`/instances?server_id=${encodeURIComponent(serverId)}`),
  ]);
  const wire = (history as { metrics: Array<Record<string, unknown>> }).metrics;
  const samples = wire
    .map((sample) => ({ ...sample, collectedAt: Date.parse(String(sample.collectedAt)) }))
    .sort((a, b) => a.collectedAt - b.collectedAt) as unknown as ServerSample[];
  const rows = serverChartRows(samples, PERIOD_SPECS[period].expectedStepMs);
  const grid = document.createElement('div');
  for (const keys of CHARTS) grid.append(draw(rows, keys));
  document.body.append(grid);
}

void main();
