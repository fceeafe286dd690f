import { describe, expect, it } from 'vitest';
import { faviconWithAlertCount, titleWithAlertCount } from './alert-badge.ts';

describe('titleWithAlertCount', () => {
  it('prefixes the count once and drops it at zero or unknown', () => {
    expect(titleWithAlertCount('oCore monitor', 3)).toBe('(3) oCore monitor');
    expect(titleWithAlertCount('(3) oCore monitor', 12)).toBe('(12) oCore monitor');
    expect(titleWithAlertCount('(12) oCore monitor', 0)).toBe('oCore monitor');
    expect(titleWithAlertCount('(2) oCore monitor', null)).toBe('oCore monitor');
    expect(titleWithAlertCount('oCore monitor', 5000)).toBe('(999+) oCore monitor');
  });
});

describe('faviconWithAlertCount', () => {
  it('is an SVG data URL with the count, capped at 9+', () => {
    const icon = faviconWithAlertCount(3);
    expect(icon).toMatch(/^data:image\/svg\+xml,/);
    expect(decodeURIComponent(icon!.slice('data:image/svg+xml,'.length))).toContain('>3</text>');
    expect(decodeURIComponent(faviconWithAlertCount(42)!)).toContain('>9+</text>');
    expect(faviconWithAlertCount(0)).toBeNull();
    expect(faviconWithAlertCount(null)).toBeNull();
  });
});
