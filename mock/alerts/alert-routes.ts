// /api/monitoring/alerts: count, paged events with the resolved filter, resolve one or all, rules.
import { Hono, type Context } from 'hono';
import { READ_ONLY_API_KEY } from '../auth/auth-store.ts';
import { bearerToken } from '../auth/require-auth.ts';
import { renderJson } from '../faults/malformed.ts';
import type { MockDeps } from '../server/deps.ts';
import { jsonError, notFound } from '../routes/respond.ts';
import type { AlertEngine } from './alert-engine.ts';
import { rulesWire } from './alert-rules.ts';
import { eventToWire, hostileEvent, malformEvents } from './alert-wire.ts';

export const MAX_PER_PAGE = 100;

/** Whole numbers from `min` up, the default when absent, null when nonsense. */
function pageNumber(text: string | undefined, fallback: number, min: number, max: number) {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  return /^\d+$/.test(text) && value >= min && value <= max ? value : null;
}

function sendJson(c: Context, deps: MockDeps, body: unknown): Response {
  const text = renderJson(deps.state.faults.malformed, body);
  return c.body(text, 200, { 'Content-Type': 'application/json' });
}

export function alertRoutes(deps: MockDeps, engine: () => AlertEngine): Hono {
  const routes = new Hono();
  const { now, state } = deps;

  const forbidReadOnly = (c: Context) =>
    bearerToken(c) === READ_ONLY_API_KEY
      ? jsonError(c, 403, 'forbidden', 'Missing permission manage:alerts')
      : null;

  routes.get('/count', (c) => sendJson(c, deps, { count: engine().openCount(now()) }));

  routes.get('/events', (c) => {
    const resolvedText = c.req.query('resolved');
    if (resolvedText !== undefined && resolvedText !== 'true' && resolvedText !== 'false') {
      return jsonError(c, 400, 'bad_request', 'resolved must be true or false');
    }
    const page = pageNumber(c.req.query('page'), 1, 1, 1_000_000);
    const perPage = pageNumber(c.req.query('per_page'), 20, 1, MAX_PER_PAGE);
    if (page === null || perPage === null) {
      return jsonError(
        c,
        400,
        'bad_request',
        `page must be 1 or more and per_page 1 to ${MAX_PER_PAGE}`,
      );
    }
    const all = engine().events(now());
    const matching =
      resolvedText === undefined
        ? // Open first, then newest first: what an operator reads first.
          [
            ...all.filter((e) => e.resolvedAtMs === null),
            ...all.filter((e) => e.resolvedAtMs !== null),
          ]
        : all.filter((event) => (event.resolvedAtMs !== null) === (resolvedText === 'true'));
    let events = matching.slice((page - 1) * perPage, page * perPage).map(eventToWire);
    if (state.faults.hostileText) events = events.map(hostileEvent);
    const body = state.faults.malformed ? malformEvents(state.faults.malformed, events) : events;
    return sendJson(c, deps, { events: body, page, perPage, total: matching.length });
  });

  routes.patch('/events/:id/resolve', (c) => {
    const forbidden = forbidReadOnly(c);
    if (forbidden) return forbidden;
    const id = c.req.param('id');
    const outcome = engine().resolve(id, now());
    if (outcome === null) return notFound(c, `No alert event with id "${id}"`);
    return c.json({
      message: outcome === 'resolved' ? 'Alert resolved' : 'Alert was already resolved',
    });
  });

  routes.post('/events/resolve-all', (c) => {
    const forbidden = forbidReadOnly(c);
    if (forbidden) return forbidden;
    const count = engine().resolveAll(now());
    return c.json({ message: `${count} alert${count === 1 ? '' : 's'} resolved` });
  });

  routes.get('/rules', (c) =>
    sendJson(c, deps, { rules: rulesWire(deps.fleet().servers[0]?.createdAtMs ?? now()) }),
  );

  return routes;
}
