// /api/instances: the list (optionally per server), one instance, its metrics and live stream.
import { Hono } from 'hono';
import type { MockDeps } from '../server/deps.ts';
import { hostileInstance } from '../faults/hostile.ts';
import { instanceSampleAt } from '../series/instance-series.ts';
import { historyWindow, sendHistory, sendLatest } from './metrics-response.ts';
import { notFound } from './respond.ts';
import { streamInstanceMetrics } from './stream.ts';
import { historyTimes, newestSampleTime } from '../series/timeline.ts';
import { instanceToWire, type InstanceWire } from './wire.ts';

export function instanceRoutes(deps: MockDeps): Hono {
  const routes = new Hono();
  const { state, now } = deps;

  function allInstances(): InstanceWire[] {
    const t = now();
    const instances = deps.fleet().instances.map((instance) => instanceToWire(instance, t));
    return state.faults.hostileText ? instances.map(hostileInstance) : instances;
  }

  const missing = (id: string) => `No instance with id "${id}"`;

  routes.get('/', (c) => {
    const serverId = c.req.query('server_id');
    const instances = allInstances();
    const matching = serverId ? instances.filter((i) => i.serverId === serverId) : instances;
    return c.json({ instances: matching });
  });

  routes.get('/:id', (c) => {
    const instance = allInstances().find((candidate) => candidate.id === c.req.param('id'));
    return instance ? c.json(instance) : notFound(c, missing(c.req.param('id')));
  });

  routes.get('/:id/monitoring/metrics', (c) => {
    const id = c.req.param('id');
    const window = historyWindow(c, state.faults.dense);
    if (window instanceof Response) return window;
    const instance = deps.fleet().instancesById.get(id);
    if (!instance) return notFound(c, missing(id));
    const times = historyTimes(instance.behaviour, now(), window.periodMs, window.stepMs);
    const samples = times.map((t) => instanceSampleAt(instance, t)).filter((s) => s !== null);
    return sendHistory(c, state.faults.malformed, samples, (metrics) => ({
      metrics,
      period: window.period,
    }));
  });

  routes.get('/:id/monitoring/metrics/latest', (c) => {
    const id = c.req.param('id');
    const instance = deps.fleet().instancesById.get(id);
    if (!instance) return notFound(c, missing(id));
    const newest = newestSampleTime(instance.behaviour, now());
    const sample = newest === null ? null : instanceSampleAt(instance, newest);
    return sendLatest(c, state.faults.malformed, sample, `instance "${id}"`);
  });

  routes.get('/:id/monitoring/metrics/stream', (c) => {
    const instance = deps.fleet().instancesById.get(c.req.param('id'));
    if (!instance) return notFound(c, missing(c.req.param('id')));
    return streamInstanceMetrics(c, deps, instance);
  });

  return routes;
}
