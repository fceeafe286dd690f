import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  SESSION_STORAGE_KEY,
  createSessionStore,
  credentialsFor,
  keyPrefix,
} from './session-store.ts';

const CONFIG = { apiKey: 'ocore_k_config', orgSlug: 'config-org' };
const NO_CONFIG = { apiKey: null, orgSlug: null };

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('credentialsFor', () => {
  it('uses the config key until someone signs in', () => {
    expect(credentialsFor(null, CONFIG)).toEqual({
      token: 'ocore_k_config',
      orgSlug: 'config-org',
    });
    expect(credentialsFor(null, NO_CONFIG)).toEqual({ token: null, orgSlug: null });
  });

  it("lets the user's key and organisation win over the config", () => {
    const session = {
      kind: 'api-key',
      apiKey: 'ocore_k_mine',
      orgSlug: 'mine',
      remember: false,
    } as const;
    expect(credentialsFor(session, CONFIG)).toEqual({ token: 'ocore_k_mine', orgSlug: 'mine' });
    expect(credentialsFor({ ...session, orgSlug: null }, CONFIG).orgSlug).toBe('config-org');
  });

  it('sends no bearer token for a cookie session, not even the config key', () => {
    const session = { kind: 'password', email: 'a@b.c', orgSlug: null } as const;
    expect(credentialsFor(session, CONFIG)).toEqual({ token: null, orgSlug: 'config-org' });
  });
});

describe('createSessionStore', () => {
  const key = (remember: boolean) =>
    ({ kind: 'api-key', apiKey: 'ocore_k_mine', orgSlug: null, remember }) as const;

  it('keeps a key in sessionStorage unless it is to be remembered', () => {
    const store = createSessionStore(CONFIG);
    store.signIn(key(false));
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toContain('ocore_k_mine');
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();

    store.signIn(key(true));
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toContain('ocore_k_mine');
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(createSessionStore(CONFIG).getSession()).toEqual(key(true));
  });

  it('reads credentials on every call and notifies subscribers', () => {
    const store = createSessionStore(CONFIG);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.signIn(key(false));
    expect(store.getCredentials().token).toBe('ocore_k_mine');
    store.clear();
    expect(store.getCredentials().token).toBe('ocore_k_config');
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    store.signIn(key(false));
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('clears both storages on sign-out', () => {
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(key(true)));
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ kind: 'password', email: 'x' }));
    const store = createSessionStore(NO_CONFIG);
    store.clear();
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(store.getSession()).toBeNull();
  });

  it('ignores stored junk', () => {
    for (const junk of ['{', '[]', '{"kind":"api-key","apiKey":"has space"}', '{"kind":"x"}']) {
      localStorage.setItem(SESSION_STORAGE_KEY, junk);
      expect(createSessionStore(CONFIG).getSession()).toBeNull();
    }
    localStorage.setItem(SESSION_STORAGE_KEY, '{"kind":"password","email":"a@b.c","orgSlug":"X!"}');
    expect(createSessionStore(CONFIG).getSession()).toEqual({
      kind: 'password',
      email: 'a@b.c',
      orgSlug: null,
    });
  });

  it('follows a sign-out in another tab', () => {
    const store = createSessionStore(CONFIG);
    store.signIn(key(true));
    const listener = vi.fn();
    store.subscribe(listener);
    localStorage.removeItem(SESSION_STORAGE_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: SESSION_STORAGE_KEY }));
    expect(listener).toHaveBeenCalledOnce();
    expect(store.getSession()).toBeNull();
  });
});

describe('keyPrefix', () => {
  it('shows only the start of a key', () => {
    expect(keyPrefix('ocore_k_local_dev')).toBe('ocore_k_loc…');
    expect(keyPrefix('ocore_x')).toBe('oco…');
  });
});
