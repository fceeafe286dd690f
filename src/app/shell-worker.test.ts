import { afterEach, describe, expect, it, vi } from 'vitest';
import { earlyConfigFetch } from './shell-worker.ts';

describe('earlyConfigFetch', () => {
  afterEach(() => {
    window.__ocoreEarlyConfig = undefined;
  });

  it('answers the first call with the early request, later calls from the network', async () => {
    const early = new Response('{"orgSlug":"acme"}');
    window.__ocoreEarlyConfig = Promise.resolve(early);
    const network = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{}'));
    expect(await earlyConfigFetch('/config.json')).toBe(early);
    expect(network).not.toHaveBeenCalled();
    await earlyConfigFetch('/config.json', { cache: 'no-store' });
    expect(network).toHaveBeenCalledWith('/config.json', { cache: 'no-store' });
  });

  it('throws what the early request threw, so an unreachable server reads as one', async () => {
    window.__ocoreEarlyConfig = Promise.resolve(new TypeError('Failed to fetch'));
    await expect(earlyConfigFetch('/config.json')).rejects.toThrow(TypeError);
  });

  it('asks the network when the early script did not run', async () => {
    const network = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{}'));
    await earlyConfigFetch('/config.json');
    expect(network).toHaveBeenCalledOnce();
  });
});
