// /__mock/*: the loopback-only control API for faults, token expiry and counters.
import type { IncomingMessage } from 'node:http';
import { Hono, type Context } from 'hono';
import type { AuthStore } from '../auth/auth-store.ts';
import { parseFaultsPatch } from './faults.ts';
import { jsonError } from '../routes/respond.ts';
import type { MockState } from '../server/state.ts';

/** True for 127.0.0.0/8, ::1 and IPv4-mapped loopback (::ffff:127.x.y.z). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const normalised = address.toLowerCase();
  if (normalised === '::1' || normalised === '0:0:0:0:0:0:0:1') return true;
  const v4 = normalised.startsWith('::ffff:') ? normalised.slice('::ffff:'.length) : normalised;
  const octets = v4.split('.');
  return (
    octets.length === 4 &&
    octets[0] === '127' &&
    octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)
  );
}

/** The peer address of the TCP connection (never a forwarded header, which anyone can set). */
export function remoteAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: IncomingMessage } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

export function controlRoutes(state: MockState, auth: AuthStore, resetAlerts: () => void): Hono {
  const routes = new Hono();

  routes.use('*', async (c, next) => {
    if (!isLoopbackAddress(remoteAddress(c))) {
      return jsonError(c, 403, 'forbidden', 'The mock control API only answers on loopback');
    }
    await next();
  });

  routes.get('/faults', (c) => c.json(state.faults));

  const merge = async (c: Context) => {
    const body: unknown = await c.req.json().catch(() => undefined);
    const result = parseFaultsPatch(body);
    if (!result.ok) return jsonError(c, 400, 'invalid_faults', result.message);
    return c.json(state.setFaults(result.patch));
  };
  routes.put('/faults', merge);
  routes.patch('/faults', merge);

  routes.delete('/faults', (c) => c.json(state.resetFaults()));

  routes.post('/expire-tokens', (c) => c.json({ expired: auth.expireAccessTokens() }));

  // Alert events back to what the rules alone raised: every manual resolution forgotten.
  routes.delete('/alerts', (c) => {
    resetAlerts();
    return c.json({ reset: true });
  });

  routes.get('/stats', (c) => c.json(state.stats()));

  // What a restart of oCore does to its clients: every open stream cut at once.
  routes.post('/close-streams', (c) => {
    const open = state.openStreams;
    state.closeAllStreams();
    return c.json({ closed: open });
  });

  return routes;
}
