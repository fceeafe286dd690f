import { describe, expect, it } from 'vitest';
import { sslExpiry, sslExpiryText } from './ssl-expiry.ts';

const NOW = Date.UTC(2026, 10, 26, 12);
const DAY = 86_400_000;

describe('sslExpiry', () => {
  it('flags expired and within-14-days certificates', () => {
    expect(sslExpiry(NOW - 3 * DAY, NOW)).toEqual({ state: 'expired', days: -3, tone: 'critical' });
    expect(sslExpiryText(sslExpiry(NOW - 3 * DAY, NOW))).toBe('Expired 3 d ago');
    expect(sslExpiryText(sslExpiry(NOW + 5 * DAY + 1000, NOW))).toBe('Expires in 5 d');
    expect(sslExpiry(NOW + 13 * DAY, NOW).state).toBe('soon');
    expect(sslExpiry(NOW + 14 * DAY, NOW).state).toBe('ok');
    expect(sslExpiryText(sslExpiry(NOW + 64 * DAY, NOW))).toBe('In 64 d');
    expect(sslExpiry(null, NOW)).toEqual({ state: 'unknown', days: null, tone: 'unknown' });
  });
});
