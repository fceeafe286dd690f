import type { ApiCredentials } from '../api/client.ts';
import { isValidOrgSlug } from '../model/org-slug.ts';
import { isRecord } from '../api/schemas/wire-values.ts';

/** A session the user chose on this device; it overrides the runtime config's key. */
export type UserSession =
  | { kind: 'api-key'; apiKey: string; orgSlug: string | null; remember: boolean }
  /** The credential is the httpOnly cookie; only who signed in is kept here. */
  | { kind: 'password'; email: string; orgSlug: string | null };

/** What `/config.json` provides when nobody has signed in on this device. */
export interface FallbackCredentials {
  apiKey: string | null;
  orgSlug: string | null;
}

export interface SessionStore {
  readonly fallback: FallbackCredentials;
  /** The user's session, or null; the same object until it changes (useSyncExternalStore). */
  getSession(): UserSession | null;
  subscribe(listener: () => void): () => void;
  signIn(session: UserSession): void;
  /** Forgets the user's session everywhere; the fallback key (if any) applies again. */
  clear(): void;
  /** What the API client sends now, read on every request. */
  getCredentials(): ApiCredentials;
}

export interface SessionStorageAreas {
  local: Storage;
  session: Storage;
}

export const SESSION_STORAGE_KEY = 'ocore-monitor.session';

export function createSessionStore(
  fallback: FallbackCredentials,
  storage: SessionStorageAreas = { local: localStorage, session: sessionStorage },
): SessionStore {
  const listeners = new Set<() => void>();
  let current = readStored(storage);

  const notify = () => listeners.forEach((listener) => listener());
  // Another tab signing in or out changes localStorage; follow it here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== SESSION_STORAGE_KEY && event.key !== null) return;
    current = readStored(storage);
    notify();
  };
  const removeStored = () => {
    storage.local.removeItem(SESSION_STORAGE_KEY);
    storage.session.removeItem(SESSION_STORAGE_KEY);
  };

  return {
    fallback,
    getSession: () => current,
    subscribe(listener) {
      if (listeners.size === 0) window.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('storage', onStorage);
      };
    },
    signIn(session) {
      removeStored();
      // A cookie session holds no secret here, so every tab may know who is signed in.
      const area =
        session.kind === 'api-key' && !session.remember ? storage.session : storage.local;
      area.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
      current = session;
      notify();
    },
    clear() {
      removeStored();
      current = null;
      notify();
    },
    getCredentials: () => credentialsFor(current, fallback),
  };
}

/** The user's session wins over the config key; a cookie session sends no Authorization header. */
export function credentialsFor(
  session: UserSession | null,
  fallback: FallbackCredentials,
): ApiCredentials {
  if (!session) return { token: fallback.apiKey, orgSlug: fallback.orgSlug };
  const orgSlug = session.orgSlug ?? fallback.orgSlug;
  return session.kind === 'api-key' ? { token: session.apiKey, orgSlug } : { token: null, orgSlug };
}

/** Enough of a key to recognise it (`ocore_k_loc…`), never enough to use it. */
export function keyPrefix(apiKey: string): string {
  return `${apiKey.slice(0, Math.max(0, Math.min(11, apiKey.length - 4)))}…`;
}

/** A usable key has no whitespace; anything else is a paste accident. */
export function isPlausibleApiKey(value: string): boolean {
  return value !== '' && !/\s/.test(value);
}

function readStored({ local, session }: SessionStorageAreas): UserSession | null {
  return (
    parseSession(local.getItem(SESSION_STORAGE_KEY), true) ??
    parseSession(session.getItem(SESSION_STORAGE_KEY), false)
  );
}

function parseSession(text: string | null, remembered: boolean): UserSession | null {
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(raw)) return null;
  const orgSlug = isValidOrgSlug(raw.orgSlug) ? raw.orgSlug : null;
  if (raw.kind === 'api-key' && typeof raw.apiKey === 'string' && isPlausibleApiKey(raw.apiKey)) {
    return { kind: 'api-key', apiKey: raw.apiKey, orgSlug, remember: remembered };
  }
  if (raw.kind === 'password' && typeof raw.email === 'string') {
    return { kind: 'password', email: raw.email, orgSlug };
  }
  return null;
}
