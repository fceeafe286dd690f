import { describe, expect, it, vi } from 'vitest';
import { buildKioskLink, parseKioskFragment, takeKioskLink } from './kiosk-link.ts';

describe('kiosk links', () => {
  it('round-trips the key and organisation through the fragment', () => {
    const link = buildKioskLink('https://noc.example', 'ocore_k_a+b/c=', 'acme-hosting');
    expect(link).toBe('https://noc.example/wall#key=ocore_k_a%2Bb%2Fc%3D&org=acme-hosting');
    expect(parseKioskFragment(new URL(link).hash)).toEqual({
      apiKey: 'ocore_k_a+b/c=',
      orgSlug: 'acme-hosting',
    });
    expect(buildKioskLink('https://noc.example', 'ocore_k_x', null)).toBe(
      'https://noc.example/wall#key=ocore_k_x',
    );
  });

  it('drops an invalid organisation and refuses a missing key', () => {
    expect(parseKioskFragment('#key=ocore_k_x&org=NOT%20A%20SLUG')).toEqual({
      apiKey: 'ocore_k_x',
      orgSlug: null,
    });
    expect(parseKioskFragment('#org=acme')).toBeNull();
    expect(parseKioskFragment('#main')).toBeNull();
  });

  it('removes the fragment from the address bar without a new history entry', () => {
    const history = { state: { idx: 3 }, replaceState: vi.fn() };
    const location = { pathname: '/wall', search: '?view=grid', hash: '#key=ocore_k_x&org=acme' };
    expect(takeKioskLink(location, history)).toEqual({ apiKey: 'ocore_k_x', orgSlug: 'acme' });
    expect(history.replaceState).toHaveBeenCalledWith({ idx: 3 }, '', '/wall?view=grid');
  });

  it('also strips a broken provisioning fragment, and leaves other fragments alone', () => {
    const history = { state: null, replaceState: vi.fn() };
    expect(takeKioskLink({ pathname: '/', search: '', hash: '#key=' }, history)).toBeNull();
    expect(history.replaceState).toHaveBeenCalledOnce();
    history.replaceState.mockClear();
    expect(takeKioskLink({ pathname: '/', search: '', hash: '#main' }, history)).toBeNull();
    expect(history.replaceState).not.toHaveBeenCalled();
  });
});
