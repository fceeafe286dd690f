// When an instance's certificate runs out, judged the same way everywhere.
import type { Instance, InstanceDomain } from './types.ts';
import type { Tone } from './fleet/status-tone.ts';

/** Certificates expiring within this many days are flagged. */
export const SSL_WARNING_DAYS = 14;
const DAY_MS = 86_400_000;

export interface SslExpiry {
  state: 'expired' | 'soon' | 'ok' | 'unknown';
  /** Whole days left (negative once expired); null when unknown. */
  days: number | null;
  tone: Tone;
}

export function primaryDomain(instance: Pick<Instance, 'domains'>): InstanceDomain | null {
  return instance.domains.find((domain) => domain.isPrimary) ?? instance.domains[0] ?? null;
}

export function sslExpiry(expiresAt: number | null, now: number): SslExpiry {
  if (expiresAt === null) return { state: 'unknown', days: null, tone: 'unknown' };
  const days = Math.floor((expiresAt - now) / DAY_MS);
  if (expiresAt <= now) return { state: 'expired', days, tone: 'critical' };
  if (days < SSL_WARNING_DAYS) return { state: 'soon', days, tone: 'warning' };
  return { state: 'ok', days, tone: 'ok' };
}

/** "Expired 3 d ago", "Expires in 5 d", "In 64 d", "Unknown". */
export function sslExpiryText({ state, days }: SslExpiry): string {
  if (state === 'unknown' || days === null) return 'Unknown';
  if (state === 'expired') return days >= -1 ? 'Expired' : `Expired ${-days} d ago`;
  if (state === 'soon') return days === 0 ? 'Expires today' : `Expires in ${days} d`;
  return `In ${days} d`;
}
