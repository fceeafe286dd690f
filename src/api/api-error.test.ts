import { describe, expect, it } from 'vitest';
import {
  ApiError,
  errorFromResponse,
  isForbidden,
  isNotFound,
  isRateLimited,
  isServerError,
  isUnauthorized,
  networkError,
  timeoutError,
} from './api-error.ts';

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

describe('errorFromResponse', () => {
  it('reads message and code from a flat body', async () => {
    const error = await errorFromResponse(
      jsonResponse(400, { message: 'Invalid period "2h"', code: 'invalid_period' }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'invalid_period',
      message: 'Invalid period "2h"',
    });
  });

  it('reads a string `error`', async () => {
    const error = await errorFromResponse(jsonResponse(404, { error: 'Server not found' }));
    expect(error).toMatchObject({ status: 404, code: 'http_404', message: 'Server not found' });
  });

  it('reads a nested `error` object', async () => {
    const error = await errorFromResponse(
      jsonResponse(403, { error: { message: 'Missing view:servers', code: 'forbidden' } }),
    );
    expect(error).toMatchObject({
      status: 403,
      code: 'forbidden',
      message: 'Missing view:servers',
    });
  });

  it('falls back to the status text for HTML, empty and message-less bodies', async () => {
    const html = new Response('<html><body>502 Bad Gateway</body></html>', {
      status: 502,
      headers: { 'Content-Type': 'text/html' },
    });
    expect((await errorFromResponse(html)).message).toBe('Bad Gateway (502)');
    expect((await errorFromResponse(new Response(null, { status: 503 }))).message).toBe(
      'Service Unavailable (503)',
    );
    expect(
      (await errorFromResponse(jsonResponse(500, { message: '   ', ok: false }))).message,
    ).toBe('Internal Server Error (500)');
    expect((await errorFromResponse(jsonResponse(418, [1, 2]))).message).toBe(
      'Request failed (418)',
    );
  });

  it('prefers the statusText the server sent', async () => {
    const res = new Response('', { status: 503, statusText: 'Down for maintenance' });
    expect((await errorFromResponse(res)).message).toBe('Down for maintenance (503)');
  });

  it('does not throw when the body was already read', async () => {
    const res = jsonResponse(500, { message: 'boom' });
    await res.text();
    const error = await errorFromResponse(res);
    expect(error).toMatchObject({ status: 500, message: 'Internal Server Error (500)' });
  });

  it('parses Retry-After in seconds and as an HTTP date', async () => {
    const inSeconds = await errorFromResponse(
      jsonResponse(429, { message: 'Slow down' }, { 'Retry-After': '30' }),
    );
    expect(inSeconds).toMatchObject({ status: 429, retryAfterSeconds: 30 });

    const date = new Date(Date.now() + 120_000).toUTCString();
    const asDate = await errorFromResponse(jsonResponse(503, {}, { 'Retry-After': date }));
    expect(asDate.retryAfterSeconds).toBeGreaterThanOrEqual(118);
    expect(asDate.retryAfterSeconds).toBeLessThanOrEqual(120);

    const garbage = await errorFromResponse(jsonResponse(429, {}, { 'Retry-After': 'soon' }));
    expect(garbage.retryAfterSeconds).toBeNull();
  });

  it('caps absurdly long messages', async () => {
    const error = await errorFromResponse(jsonResponse(500, { message: 'x'.repeat(5000) }));
    expect(error.message.length).toBeLessThanOrEqual(300);
  });
});

describe('error kinds', () => {
  const withStatus = (status: number) => new ApiError('x', { status, code: `http_${status}` });

  it('classifies by status and rejects non-ApiErrors', () => {
    expect(isUnauthorized(withStatus(401))).toBe(true);
    expect(isForbidden(withStatus(403))).toBe(true);
    expect(isNotFound(withStatus(404))).toBe(true);
    expect(isRateLimited(withStatus(429))).toBe(true);
    expect(isServerError(withStatus(503))).toBe(true);
    expect(isServerError(withStatus(404))).toBe(false);
    expect(isServerError(networkError(new TypeError('fetch failed')))).toBe(false);
    expect(isNotFound(new Error('404'))).toBe(false);
    expect(isUnauthorized(undefined)).toBe(false);
  });

  it('words transport failures for operators', () => {
    expect(networkError(new TypeError('x'))).toMatchObject({
      status: 0,
      code: 'network',
      message: 'The oCore API could not be reached',
    });
    expect(timeoutError(15_000)).toMatchObject({
      status: 0,
      code: 'timeout',
      message: 'The oCore API did not answer within 15 s',
    });
    expect(timeoutError(500).message).toBe('The oCore API did not answer within 0.5 s');
  });
});
