import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from './retry-after.ts';

describe('retryAfterSeconds', () => {
  const now = Date.UTC(2025, 0, 1, 12, 0, 0);

  it('reads delta-seconds, rounding fractions up', () => {
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds(' 0 ', now)).toBe(0);
    expect(retryAfterSeconds('1.2', now)).toBe(2);
  });

  it('reads an HTTP date relative to now; a past date means now', () => {
    expect(retryAfterSeconds('Wed, 01 Jan 2025 12:01:30 GMT', now)).toBe(90);
    expect(retryAfterSeconds('Wed, 01 Jan 2025 11:00:00 GMT', now)).toBe(0);
  });

  it('returns null for missing or unreadable values', () => {
    expect(retryAfterSeconds(null, now)).toBeNull();
    expect(retryAfterSeconds('', now)).toBeNull();
    expect(retryAfterSeconds('-5', now)).toBeNull();
    expect(retryAfterSeconds('later', now)).toBeNull();
  });
});
