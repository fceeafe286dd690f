// JSON error bodies in the shape API.md assumes: {"error": {"code", "message"}}.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export function jsonError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
): Response {
  return c.json({ error: { code, message } }, status);
}

export function unauthorized(c: Context, message: string, code = 'unauthorized'): Response {
  c.header('WWW-Authenticate', 'Bearer realm="ocore"');
  return jsonError(c, 401, code, message);
}

export function notFound(c: Context, message: string): Response {
  return jsonError(c, 404, 'not_found', message);
}
