import { afterEach, describe, expect, it, vi } from 'vitest';
import { isNewBuild, watchBuild } from './build-watch.ts';

describe('isNewBuild', () => {
  it('is true only for a different, readable id', () => {
    expect(isNewBuild('abc', { id: 'def' })).toBe(true);
    expect(isNewBuild('abc', { id: 'abc' })).toBe(false);
  });

  it('never reloads on an unreadable answer or under the dev server', () => {
    for (const body of [null, 'def', {}, { id: '' }, { id: 42 }, [1]]) {
      expect(isNewBuild('abc', body)).toBe(false);
    }
    expect(isNewBuild('dev', { id: 'def' })).toBe(false);
  });
});

describe('watchBuild', () => {
  afterEach(() => vi.useRealTimers());

  const answer = (body: unknown, ok = true) =>
    Promise.resolve({ ok, json: () => Promise.resolve(body) } as Response);

  it('polls without the cache and reports a new build once', async () => {
    vi.useFakeTimers();
    const fetch = vi
      .fn()
      .mockImplementationOnce(() => Promise.reject(new TypeError('offline')))
      .mockReturnValueOnce(answer({ id: 'old' }))
      .mockReturnValue(answer({ id: 'new' }));
    const onNewBuild = vi.fn();
    const stop = watchBuild({ runningId: 'old', onNewBuild, intervalMs: 1000, fetch });
    await vi.advanceTimersByTimeAsync(5000);
    expect(fetch).toHaveBeenCalledWith('/build.json', { cache: 'no-store' });
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(onNewBuild).toHaveBeenCalledOnce();
    stop();
  });

  it('does nothing under the dev server', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn();
    watchBuild({ runningId: 'dev', onNewBuild: vi.fn(), intervalMs: 1000, fetch })();
    await vi.advanceTimersByTimeAsync(5000);
    expect(fetch).not.toHaveBeenCalled();
  });
});
