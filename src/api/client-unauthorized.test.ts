import { describe, expect, it, vi } from 'vitest';
import { createApiClient, type ApiClientOptions } from './client.ts';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const identity = (value: unknown) => value;

function setup(overrides: Partial<ApiClientOptions> = {}) {
  const fetchMock = vi.fn<typeof fetch>(async () => json({ ok: true }));
  const client = createApiClient({
    baseUrl: '/api',
    getCredentials: () => ({ token: 'jwt' }),
    fetch: fetchMock,
    ...overrides,
  });
  return { client, fetchMock };
}

describe('createApiClient: onUnauthorized', () => {
  const unauthorized = () => json({ message: 'Token expired' }, 401);

  it('retries once with fresh credentials when the hook renews the session', async () => {
    let token = 'old-jwt';
    const onUnauthorized = vi.fn(async () => {
      token = 'new-jwt';
      return true;
    });
    const { client, fetchMock } = setup({ getCredentials: () => ({ token }), onUnauthorized });
    fetchMock.mockResolvedValueOnce(unauthorized()).mockResolvedValueOnce(json({ id: 's1' }));
    await expect(client.request('/servers/s1', identity)).resolves.toEqual({ id: 's1' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(new Headers(fetchMock.mock.calls[1][1]?.headers).get('Authorization')).toBe(
      'Bearer new-jwt',
    );
  });

  it('does not renew again for a 401 that answers a request sent before the last renewal', async () => {
    let token = 'old-jwt';
    const onUnauthorized = vi.fn(async () => {
      token = 'new-jwt';
      return true;
    });
    let answerLate!: (response: Response) => void;
    const late = new Promise<Response>((resolve) => (answerLate = resolve));
    const { client, fetchMock } = setup({ getCredentials: () => ({ token }), onUnauthorized });
    fetchMock
      .mockResolvedValueOnce(unauthorized()) // first request: 401, renews
      .mockReturnValueOnce(late) // second request: sent with the old token, answers late
      .mockResolvedValueOnce(json({ id: 'first' }))
      .mockResolvedValueOnce(json({ id: 'second' }));
    const first = client.request('/servers/a', identity);
    const second = client.request('/servers/b', identity);
    await expect(first).resolves.toEqual({ id: 'first' });
    answerLate(unauthorized());
    await expect(second).resolves.toEqual({ id: 'second' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('gives up after one retry and when the hook declines; a hook that fails passes its failure on', async () => {
    const onUnauthorized = vi.fn(async () => true);
    const { client, fetchMock } = setup({ onUnauthorized });
    fetchMock.mockImplementation(async () => unauthorized());
    await expect(client.request('/servers', identity)).rejects.toMatchObject({ status: 401 });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);

    onUnauthorized.mockResolvedValueOnce(false);
    await expect(client.request('/servers', identity)).rejects.toMatchObject({
      status: 401,
      message: 'Token expired',
    });
    expect(fetchMock).toHaveBeenCalledTimes(3);

    // A renewal that could not get through is no verdict on the session: not a 401 to sign out on.
    onUnauthorized.mockRejectedValueOnce(new Error('refresh failed'));
    await expect(client.request('/servers', identity)).rejects.toThrow('refresh failed');
  });

  it('never calls the hook for /auth/* calls, so a failing refresh cannot loop', async () => {
    const onUnauthorized = vi.fn(async () => true);
    const { client, fetchMock } = setup({ onUnauthorized });
    fetchMock.mockResolvedValueOnce(unauthorized());
    await expect(
      client.request('/auth/refresh', identity, { method: 'POST' }),
    ).rejects.toMatchObject({
      status: 401,
    });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('shares one renewal between requests that fail together', async () => {
    let renewed = false;
    const onUnauthorized = vi.fn(async () => {
      await Promise.resolve();
      renewed = true;
      return true;
    });
    const { client, fetchMock } = setup({ onUnauthorized });
    fetchMock.mockImplementation(async () => (renewed ? json({ ok: 1 }) : unauthorized()));
    const results = await Promise.all([
      client.request('/servers', identity),
      client.request('/instances', identity),
    ]);
    expect(results).toEqual([{ ok: 1 }, { ok: 1 }]);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});
