import { afterEach, describe, expect, it, vi } from 'vitest';
import { RELOAD_PROBE_RETRY_MS, quietAfterMs, reloadWhenReachable } from './quiet-reload.ts';

describe('quietAfterMs', () => {
  it('waits for the next rotation step, briefly on a kiosk, long for an operator', () => {
    expect(quietAfterMs({ kiosk: true, rotationMs: 30_000 })).toBeGreaterThan(30_000);
    expect(quietAfterMs({ kiosk: true, rotationMs: null })).toBe(15_000);
    expect(quietAfterMs({ kiosk: false, rotationMs: null })).toBe(600_000);
  });
});

describe('reloadWhenReachable', () => {
  afterEach(() => vi.useRealTimers());

  it('reloads only once the server answers', async () => {
    vi.useFakeTimers();
    const fetch = vi
      .fn()
      .mockImplementationOnce(() => Promise.reject(new TypeError('Failed to fetch')))
      .mockResolvedValueOnce({ ok: false })
      .mockResolvedValue({ ok: true });
    const go = vi.fn();
    reloadWhenReachable('/servers/srv-02?kiosk=1', { fetch, go });
    await vi.advanceTimersByTimeAsync(RELOAD_PROBE_RETRY_MS);
    expect(go).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(RELOAD_PROBE_RETRY_MS);
    expect(go).toHaveBeenCalledWith('/servers/srv-02?kiosk=1');
    expect(fetch).toHaveBeenCalledWith('/', { cache: 'no-store', method: 'HEAD' });
  });

  it('can be cancelled while waiting', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn().mockImplementation(() => Promise.reject(new TypeError('offline')));
    const go = vi.fn();
    const cancel = reloadWhenReachable(null, { fetch, go });
    await vi.advanceTimersByTimeAsync(10);
    cancel();
    await vi.advanceTimersByTimeAsync(5 * RELOAD_PROBE_RETRY_MS);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(go).not.toHaveBeenCalled();
  });
});
