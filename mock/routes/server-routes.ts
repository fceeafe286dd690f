// /api/servers: the fleet list, one server, its metric history and latest sample.
import { Hono } from 'hono';
import type { MockDeps } from '../server/deps.ts';
import { hostileServer } from '../faults/hostile.ts';
import { LOCAL_SERVER_ID } from '../fleet/local-host.ts';
import { historyWindow, sendHistory, sendLatest } from './metrics-response.ts';
import { notFound } from './respond.ts';
import { serverSampleAt, type ServerSampleWire } from '../series/server-series.ts';
import { historyTimes, newestSampleTime } from '../series/timeline.ts';
import { serverToWire, type ServerWire } from './wire.ts';

export function serverRoutes(deps: MockDeps): Hono {
  const routes = new Hono();
  const { state, now, localHost } = deps;

  function allServers(): ServerWire[] {
    const t = now();
    const servers = deps.fleet().servers.map((server) => serverToWire(server, t));
    if (localHost) servers.push(localHost.wire());
    return state.faults.hostileText ? servers.map(hostileServer) : servers;
  }

  function findServer(id: string): ServerWire | undefined {
    return allServers().find((server) => server.id === id);
  }

  function history(id: string, periodMs: number, stepMs: number): ServerSampleWire[] | null {
    const t = now();
    if (id === LOCAL_SERVER_ID && localHost) return localHost.history(t, periodMs, stepMs);
    const server = deps.fleet().serversById.get(id);
    if (!server) return null;
    const times = historyTimes(server.behaviour, t, periodMs, stepMs);
    return times.flatMap((time) => serverSampleAt(server, time) ?? []);
  }

  function latest(id: string): ServerSampleWire | null | undefined {
    if (id === LOCAL_SERVER_ID && localHost) return localHost.reading();
    const server = deps.fleet().serversById.get(id);
    if (!server) return undefined;
    const newest = newestSampleTime(server.behaviour, now());
    return newest === null ? null : serverSampleAt(server, newest);
  }

  routes.get('/', (c) => c.json({ servers: allServers() }));

  routes.get('/:id', (c) => {
    const server = findServer(c.req.param('id'));
    return server ? c.json(server) : notFound(c, `No server with id "${c.req.param('id')}"`);
  });

  routes.get('/:id/metrics', (c) => {
    const id = c.req.param('id');
    const window = historyWindow(c, state.faults.dense);
    if (window instanceof Response) return window;
    const samples = history(id, window.periodMs, window.stepMs);
    if (!samples) return notFound(c, `No server with id "${id}"`);
    return sendHistory(c, state.faults.malformed, samples, (metrics) => ({
      count: metrics.length,
      metrics,
      period: window.period,
    }));
  });

  routes.get('/:id/metrics/latest', (c) => {
    const id = c.req.param('id');
    const sample = latest(id);
    if (sample === undefined) return notFound(c, `No server with id "${id}"`);
    return sendLatest(c, state.faults.malformed, sample, `server "${id}"`);
  });

  return routes;
}
