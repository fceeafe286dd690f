// Applies the latency and error-injection faults in front of every /api route.
import type { Context, MiddlewareHandler } from 'hono';
import { matchesPattern, type ErrorRule } from './faults.ts';
import type { MockState } from '../server/state.ts';

const BAD_GATEWAY_HTML =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

const ERROR_CODES: Record<number, [code: string, message: string]> = {
  429: ['rate_limited', 'Too many requests'],
  500: ['internal_error', 'Internal server error'],
  503: ['service_unavailable', 'Service temporarily unavailable'],
  504: ['gateway_timeout', 'Upstream timed out'],
};

function injectedError(c: Context, rule: ErrorRule): Response {
  const retryAfter = rule.retryAfterSeconds ?? (rule.status === 429 ? 1 : undefined);
  const headers: Record<string, string> = {};
  if (retryAfter !== undefined) headers['Retry-After'] = String(retryAfter);
  // A 502 usually comes from a proxy in front of oCore, as HTML rather than JSON.
  if (rule.status === 502) {
    return c.body(BAD_GATEWAY_HTML, 502, { ...headers, 'Content-Type': 'text/html' });
  }
  const [code, message] = ERROR_CODES[rule.status] ?? ['injected_error', `Injected ${rule.status}`];
  const body = JSON.stringify({ error: { code, message } });
  return c.body(body, rule.status as 500, { ...headers, 'Content-Type': 'application/json' });
}

export function faultMiddleware(state: MockState): MiddlewareHandler {
  return async (c, next) => {
    state.requests++;
    const { latencyMs } = state.faults;
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    // Read the rules after the delay so a rule changed meanwhile is the one consumed.
    const rule = state.faults.errors.find((candidate) =>
      matchesPattern(candidate.pattern, c.req.path),
    );
    if (rule) {
      state.consumeErrorRule(rule);
      return injectedError(c, rule);
    }
    await next();
  };
}
