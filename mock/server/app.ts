// createMockApp: the whole oCore-compatible mock as one Hono app plus its live state.
import { Hono } from 'hono';
import { AlertEngine } from '../alerts/alert-engine.ts';
import { alertRoutes } from '../alerts/alert-routes.ts';
import { authRoutes } from '../auth/auth-routes.ts';
import { AuthStore, DEFAULT_TOKEN_TTL_SECONDS } from '../auth/auth-store.ts';
import { controlRoutes } from '../faults/control.ts';
import type { MockDeps } from './deps.ts';
import { faultMiddleware } from '../faults/fault-middleware.ts';
import type { Faults } from '../faults/faults.ts';
import { buildFleet } from '../fleet/fleet.ts';
import type { Fleet } from '../fleet/fleet-types.ts';
import { instanceRoutes } from '../routes/instance-routes.ts';
import { LocalHost } from '../fleet/local-host.ts';
import { requireAuth } from '../auth/require-auth.ts';
import { jsonError } from '../routes/respond.ts';
import { serverRoutes } from '../routes/server-routes.ts';
import { MockState } from './state.ts';
import { RAW_STEP_MS, alignDown } from '../series/timeline.ts';

export const DEFAULT_SEED = 20_240_611;
export const DEFAULT_STREAM_INTERVAL_MS = 10_000;

export interface MockAppOptions {
  /** Seed for every simulated value; same seed and clock give identical responses. */
  seed?: number;
  /** Injectable clock (epoch ms); defaults to Date.now. */
  now?: () => number;
  /** Milliseconds between SSE events (default 10,000). */
  streamIntervalMs?: number;
  /** Faults active from the start. */
  faults?: Partial<Faults>;
  /** Access-token lifetime (default 3600 s); the tokenTtlSeconds fault overrides it. */
  tokenTtlSeconds?: number;
  /** Include srv-local with this machine's real readings (default true). */
  localHost?: boolean;
}

export interface MockApp {
  app: Hono;
  state: MockState;
  /** Closes open streams and stops the local sampler. */
  dispose(): void;
}

export function createMockApp(options: MockAppOptions = {}): MockApp {
  const seed = options.seed ?? DEFAULT_SEED;
  const state = new MockState(options.faults);
  const baseNow = options.now ?? Date.now;
  // oCore's clock, which a fault may set apart from ours (skew, or a test's fake browser clock).
  const now = () => baseNow() + state.faults.clockOffsetMs;
  const auth = new AuthStore(now);
  const anchorMs = alignDown(now(), RAW_STEP_MS);
  let fleetCache: { size: string; fleet: Fleet } | null = null;
  const fleet = () => {
    const { fleetSize, instanceCount } = state.faults;
    const size = `${fleetSize}/${instanceCount}`;
    if (fleetCache?.size !== size) {
      fleetCache = { size, fleet: buildFleet(seed, anchorMs, fleetSize, instanceCount) };
    }
    return fleetCache.fleet;
  };
  let alertCache: { fleet: Fleet; engine: AlertEngine } | null = null;
  // Alerts follow the fleet: a new fleet size starts a new history of events.
  const alerts = () => {
    const current = fleet();
    if (alertCache?.fleet !== current) {
      alertCache = { fleet: current, engine: new AlertEngine(current, anchorMs) };
    }
    return alertCache.engine;
  };
  const localHost = options.localHost === false ? null : new LocalHost(now);
  localHost?.start();
  const deps: MockDeps = {
    state,
    now,
    fleet,
    localHost,
    streamIntervalMs: options.streamIntervalMs ?? DEFAULT_STREAM_INTERVAL_MS,
  };
  const tokenTtlSeconds = () =>
    state.faults.tokenTtlSeconds ?? options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;

  const app = new Hono();
  app.route(
    '/__mock',
    controlRoutes(state, auth, () => (alertCache = null)),
  );
  app.use('/api/*', faultMiddleware(state));
  app.route('/api/auth', authRoutes({ auth, now, tokenTtlSeconds }));
  app.use('/api/*', requireAuth(auth, state));
  app.route('/api/servers', serverRoutes(deps));
  app.route('/api/instances', instanceRoutes(deps));
  app.route('/api/monitoring/alerts', alertRoutes(deps, alerts));
  app.notFound((c) => jsonError(c, 404, 'not_found', `No route for ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    console.error('[mock] unhandled error', error);
    return jsonError(c, 500, 'internal_error', error.message);
  });

  return {
    app,
    state,
    dispose() {
      state.closeAllStreams();
      localHost?.stop();
    },
  };
}
