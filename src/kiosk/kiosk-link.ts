import { isValidOrgSlug } from '../model/org-slug.ts';
import { isPlausibleApiKey } from '../session/session-store.ts';

// A kiosk provisioning link carries its key in the fragment (`/wall#key=…&org=…`): browsers never
// send fragments to servers, so the key stays out of access logs and Referer headers.

export interface KioskCredentials {
  apiKey: string;
  orgSlug: string | null;
}

/** The link a wall screen opens once to provision itself. */
export function buildKioskLink(origin: string, apiKey: string, orgSlug: string | null): string {
  const params = new URLSearchParams({ key: apiKey });
  if (orgSlug) params.set('org', orgSlug);
  return `${origin}/wall#${params.toString()}`;
}

/** Reads `key`/`org` from a fragment; null when it is not a provisioning fragment. */
export function parseKioskFragment(hash: string): KioskCredentials | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const apiKey = params.get('key')?.trim() ?? '';
  if (!isPlausibleApiKey(apiKey)) return null;
  const orgSlug = params.get('org')?.trim() ?? null;
  return { apiKey, orgSlug: isValidOrgSlug(orgSlug) ? orgSlug : null };
}

/**
 * Takes the credentials out of the address bar before anything else runs: the fragment is replaced
 * in place, so neither the visible URL nor the history entry keeps the key.
 */
export function takeKioskLink(
  location: Pick<Location, 'hash' | 'pathname' | 'search'>,
  history: Pick<History, 'replaceState' | 'state'>,
): KioskCredentials | null {
  if (!/(^#|&)(key|org)=/.test(location.hash)) return null;
  const credentials = parseKioskFragment(location.hash);
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return credentials;
}
